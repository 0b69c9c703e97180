// The DESIGN example (Go surface), run by the GOPROXY consumer of the release dry run.
package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"slices"

	cognitionos "github.com/cognitionos/sdk-platform/sdks/go"
	"github.com/cognitionos/sdk-platform/sdks/go/option"
)

func main() {
	ctx := context.Background()
	client := cognitionos.NewClient(option.WithAPIKey(os.Getenv("COGNITIONOS_API_KEY")))
	tenant, err := client.Tenants.New(ctx, cognitionos.TenantNewParams{Name: "Acme"})
	if err != nil {
		log.Fatal(err)
	}
	var ids []string
	for t, err := range client.Tenants.ListAutoPaging(ctx, cognitionos.TenantListParams{Limit: cognitionos.Int(50)}) {
		if err != nil {
			log.Fatal(err)
		}
		ids = append(ids, t.ID)
	}
	if !slices.Contains(ids, tenant.ID) {
		log.Fatalf("created %s but the list has %v", tenant.ID, ids)
	}
	fmt.Printf("created %s, listed %d tenants\n", tenant.ID, len(ids))
}
