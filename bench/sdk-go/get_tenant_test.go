// GET one tenant through the Go SDK against raw net/http + encoding/json, on the same keep-alive
// reference server (started by run.ts, named by COGNITIONOS_BENCH_BASE_URL / _ADMIN_KEY). run.ts
// runs it once per round, so raw and SDK alternate and drift of the machine hits both alike.
package bench

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"testing"
	"time"

	"github.com/cognitionos/sdk-platform/sdks/go"
	"github.com/cognitionos/sdk-platform/sdks/go/option"
)

// tenant is what the raw case decodes into: the SDK's Tenant fields, nothing more.
type tenant struct {
	ID        string            `json:"id"`
	Name      string            `json:"name"`
	Slug      string            `json:"slug"`
	Status    string            `json:"status"`
	Metadata  map[string]string `json:"metadata"`
	CreatedAt time.Time         `json:"created_at"`
	UpdatedAt time.Time         `json:"updated_at"`
}

func BenchmarkGetTenant(b *testing.B) {
	baseURL, adminKey := os.Getenv("COGNITIONOS_BENCH_BASE_URL"), os.Getenv("COGNITIONOS_BENCH_ADMIN_KEY")
	if baseURL == "" || adminKey == "" {
		b.Fatal("run through bench/sdk-go/run.ts: it starts the server and sets COGNITIONOS_BENCH_BASE_URL, COGNITIONOS_BENCH_ADMIN_KEY")
	}
	ctx := context.Background()
	client := cognitionos.NewClient(option.WithAPIKey(adminKey), option.WithBaseURL(baseURL), option.WithMaxRetries(0))
	created, err := client.Tenants.New(ctx, cognitionos.TenantNewParams{Name: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	raw := &http.Client{}
	url := baseURL + "/tenants/" + created.ID

	b.Run("raw", func(b *testing.B) {
		for b.Loop() {
			req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
			req.Header.Set("Authorization", "Bearer "+adminKey)
			req.Header.Set("Accept", "application/json")
			resp, err := raw.Do(req)
			if err != nil || resp.StatusCode != http.StatusOK {
				b.Fatalf("raw GET: %v %v", resp, err)
			}
			var t tenant
			err = json.NewDecoder(resp.Body).Decode(&t)
			resp.Body.Close()
			if err != nil || t.ID != created.ID {
				b.Fatalf("raw decode: %v", err)
			}
		}
	})

	b.Run("sdk", func(b *testing.B) {
		for b.Loop() {
			t, err := client.Tenants.Get(ctx, created.ID)
			if err != nil || t.ID != created.ID {
				b.Fatalf("SDK Get: %v", err)
			}
		}
	})
}
