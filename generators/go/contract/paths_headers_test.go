//go:build contract

package contract

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strings"
	"testing"

	"github.com/cognitionos/sdk-platform/sdks/go"
	"github.com/cognitionos/sdk-platform/sdks/go/internal/policy"
	"github.com/cognitionos/sdk-platform/sdks/go/option"
)

func TestPathsAndHeaders(t *testing.T) {
	ctx := context.Background()
	adminKey := env["COGNITIONOS_ADMIN_KEY"]

	t.Run("paths.dot_segments", func(t *testing.T) {
		tenant := must(admin.Tenants.New(ctx, cognitionos.TenantNewParams{Name: unique("dots")}))(t)
		rec := &recorder{}
		watched := clientFor(adminKey, "COGNITIONOS_BASE_URL", rec.client())
		for _, id := range []string{"", ".", ".."} {
			_, err := watched.Tenants.APIKeys.Revoke(ctx, tenant.ID, id)
			var invalid *cognitionos.InvalidParamError
			if !errors.As(err, &invalid) || invalid.Param != "key_id" || !errors.Is(err, cognitionos.ErrBadRequest) || !strings.Contains(err.Error(), "key_id") {
				t.Errorf("revoke(%q): %v", id, err)
			}
		}
		if sent := len(rec.seen()); sent != 0 {
			t.Errorf("%d requests sent for refused ids", sent)
		}
		if still := must(admin.Tenants.Get(ctx, tenant.ID))(t); still.ID != tenant.ID {
			t.Errorf("tenant after revoke('..'): %+v", still)
		}
	})

	t.Run("paths.escaped_segments", func(t *testing.T) {
		for _, id := range []string{"ten_a/b", "%2e%2e", "ten_a?limit=1", "ten_a#x", "../tenants"} {
			if _, err := admin.Tenants.Get(ctx, id); !errors.Is(err, cognitionos.ErrNotFound) {
				t.Errorf("Get(%q): %v, want NotFound", id, err)
			}
		}
	})

	t.Run("headers.case_insensitive", func(t *testing.T) {
		key := unique("lowercase")
		rec := &recorder{}
		watched := clientFor(adminKey, "COGNITIONOS_BASE_URL", rec.client())
		params := cognitionos.TenantNewParams{Name: unique("cased")}
		var first, second *http.Response
		must(watched.Tenants.New(ctx, params, option.WithHeader("idempotency-key", key), option.WithResponseInto(&first)))(t)
		must(watched.Tenants.New(ctx, params, option.WithHeader("IDEMPOTENCY-KEY", key), option.WithResponseInto(&second)))(t)
		for _, e := range rec.seen() {
			if values := e.header.Values(policy.IdempotencyHeader); len(values) != 1 || values[0] != key {
				t.Errorf("sent Idempotency-Key %q, want only %q", values, key)
			}
		}
		if second.Header.Get("Idempotent-Replayed") != "true" {
			t.Error("the second create was not a replay")
		}
	})

	t.Run("errors.connection_refused", func(t *testing.T) {
		listener, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		address := listener.Addr().String()
		listener.Close()
		refused := cognitionos.NewClient(option.WithAPIKey(adminKey), option.WithBaseURL("http://"+address+"/api/v3"), option.WithMaxRetries(0))
		_, err = refused.Tenants.List(ctx, cognitionos.TenantListParams{})
		var connection *cognitionos.ConnectionError
		var timeout *cognitionos.TimeoutError
		if !errors.As(err, &connection) || errors.As(err, &timeout) || !strings.Contains(err.Error(), "connection refused") {
			t.Errorf("refused connection: %v", err)
		}
	})

	t.Run("errors.idempotency_key_exposed", func(t *testing.T) {
		direct := clientFor(adminKey, "COGNITIONOS_DIRECT_BASE_URL")
		_, generated := direct.Tenants.New(ctx, cognitionos.TenantNewParams{Name: ""})
		mine := unique("exposed")
		_, given := direct.Tenants.New(ctx, cognitionos.TenantNewParams{Name: ""}, option.WithIdempotencyKey(mine))
		var first, second *cognitionos.Error
		if !errors.As(generated, &first) || !strings.HasPrefix(first.IdempotencyKey, policy.IdempotencyKeyPrefix) {
			t.Errorf("generated key not on the error: %#v", generated)
		}
		if !errors.As(given, &second) || second.IdempotencyKey != mine {
			t.Errorf("caller's key not on the error: %#v", given)
		}
	})
}
