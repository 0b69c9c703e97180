// Copied from generators/go/tests/next_page_test.go by npm run generate: do not edit here, edit there.

package cognitionos_test

import (
	"context"
	"strings"
	"testing"

	"github.com/cognitionos/sdk-platform/sdks/go"
)

// GetNextPage fetches the page after this one with the same params and options; after the last
// page it answers nil, nil.
func TestGetNextPage(t *testing.T) {
	fake, client := serve(t, page("c1", "a", "b"), page("", "c"))
	ctx := context.Background()
	first, err := client.Tenants.List(ctx, cognitionos.TenantListParams{Limit: cognitionos.Int(2)})
	if err != nil {
		t.Fatal(err)
	}
	second, err := first.GetNextPage(ctx)
	if err != nil || len(second.Data) != 1 || second.Data[0].ID != "c" {
		t.Fatalf("second page %+v, %v", second, err)
	}
	if query := fake.seen()[1].RawQuery; !strings.Contains(query, "cursor=c1") || !strings.Contains(query, "limit=2") {
		t.Errorf("next page query %q keeps neither cursor nor limit", query)
	}
	third, err := second.GetNextPage(ctx)
	if third != nil || err != nil || len(fake.seen()) != 2 {
		t.Errorf("after the last page: %+v, %v, %d requests", third, err, len(fake.seen()))
	}
}
