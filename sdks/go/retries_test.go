// Copied from generators/go/tests/retries_test.go by npm run generate: do not edit here, edit there.

package cognitionos_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"testing"

	"github.com/cognitionos/sdk-platform/sdks/go"
	"github.com/cognitionos/sdk-platform/sdks/go/internal/policy"
	"github.com/cognitionos/sdk-platform/sdks/go/option"
)

// Retry-After: 0 keeps these tests from waiting; the delay itself is tested in retry_delay_test.go.
var now = map[string]string{"Retry-After": "0"}

func TestRetriedStatuses(t *testing.T) {
	statuses := append(slices.Clone(policy.RetryableStatuses), 500, 503)
	for _, status := range statuses {
		t.Run(fmt.Sprint(status), func(t *testing.T) {
			fake, client := serve(t, problem(status, now), ok(tenantJSON))
			tenant, err := client.Tenants.Get(context.Background(), "ten_1")
			if err != nil || tenant.ID != "ten_1" || len(fake.seen()) != 2 {
				t.Fatalf("got %v, %v after %d requests", tenant, err, len(fake.seen()))
			}
			if got := fake.seen()[1].Header.Get(policy.RetryCountHeader); got != "1" {
				t.Errorf("%s = %q on the retry", policy.RetryCountHeader, got)
			}
		})
	}
}

func TestNotRetried(t *testing.T) {
	cases := []struct {
		name string
		call func(*cognitionos.Client) error
		fail answer
	}{
		{"400 GET", func(c *cognitionos.Client) error { _, err := c.Tenants.Get(context.Background(), "ten_1"); return err }, problem(400, now)},
		{"404 DELETE", func(c *cognitionos.Client) error { return c.Tenants.Delete(context.Background(), "ten_1") }, problem(404, now)},
		{"503 PATCH", func(c *cognitionos.Client) error {
			_, err := c.Tenants.Update(context.Background(), "ten_1", cognitionos.TenantUpdateParams{Name: cognitionos.String("x")})
			return err
		}, problem(503, now)},
		{"503 GET with WithMaxRetries(0)", func(c *cognitionos.Client) error {
			_, err := c.Tenants.Get(context.Background(), "ten_1", option.WithMaxRetries(0))
			return err
		}, problem(503, now)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fake, client := serve(t, c.fail, ok(tenantJSON))
			if err := c.call(client); err == nil || len(fake.seen()) != 1 {
				t.Errorf("err %v after %d requests, want one failed request", err, len(fake.seen()))
			}
		})
	}
}

func TestIdempotencyKeyKeptAcrossRetries(t *testing.T) {
	fake, client := serve(t, problem(503, now), problem(429, now), answer{status: 201, body: tenantJSON})
	if _, err := client.Tenants.New(context.Background(), cognitionos.TenantNewParams{Name: "Acme"}); err != nil {
		t.Fatal(err)
	}
	seen := fake.seen()
	var counts []string
	for _, r := range seen {
		counts = append(counts, r.Header.Get(policy.RetryCountHeader))
		if r.Header.Get(policy.IdempotencyHeader) != seen[0].Header.Get(policy.IdempotencyHeader) || r.Body != seen[0].Body {
			t.Errorf("retry sent key %q body %s, first %q %s", r.Header.Get(policy.IdempotencyHeader), r.Body, seen[0].Header.Get(policy.IdempotencyHeader), seen[0].Body)
		}
	}
	if !slices.Equal(counts, []string{"", "1", "2"}) {
		t.Errorf("retry counts %q", counts)
	}
}

func TestExplicitIdempotencyKey(t *testing.T) {
	fake, client := serve(t, answer{status: 201, body: tenantJSON})
	_, _ = client.Tenants.New(context.Background(), cognitionos.TenantNewParams{Name: "Acme"}, option.WithIdempotencyKey("mine-1"))
	if got := fake.seen()[0].Header.Get(policy.IdempotencyHeader); got != "mine-1" {
		t.Errorf("Idempotency-Key = %q", got)
	}
}

func TestRetriesGiveUp(t *testing.T) {
	fake, client := serve(t, problem(503, now))
	_, err := client.Tenants.Get(context.Background(), "ten_1", option.WithMaxRetries(3))
	if !errors.Is(err, cognitionos.ErrInternalServer) || len(fake.seen()) != 4 {
		t.Errorf("err %v after %d requests, want 503 after 4", err, len(fake.seen()))
	}
}

func TestConnectionDropRetried(t *testing.T) {
	calls := 0
	dropOnce := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		if calls == 1 {
			conn, _, _ := w.(http.Hijacker).Hijack()
			conn.Close()
			return
		}
		_, _ = w.Write([]byte(tenantJSON))
	})
	tenant, err := clientFor(t, dropOnce).Tenants.Get(context.Background(), "ten_1")
	if err != nil || tenant.Name != "Acme" || calls != 2 {
		t.Errorf("got %v, %v after %d calls", tenant, err, calls)
	}
}
