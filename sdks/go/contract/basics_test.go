// Copied from generators/go/contract/basics_test.go by npm run generate: do not edit here, edit there.

//go:build contract

package contract

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/cognitionos/sdk-platform/sdks/go"
	"github.com/cognitionos/sdk-platform/sdks/go/internal/policy"
	"github.com/cognitionos/sdk-platform/sdks/go/option"
)

func TestBasics(t *testing.T) {
	ctx := context.Background()
	t.Run("health.check", func(t *testing.T) {
		health := must(clientFor("", "COGNITIONOS_BASE_URL").Health.Check(ctx))(t)
		if health.Status != "ok" || health.Store != "ok" || health.Version == "" || health.UptimeSeconds < 0 {
			t.Errorf("health %+v", health)
		}
	})

	t.Run("spec.version", func(t *testing.T) {
		var resp *http.Response
		must(admin.Tenants.List(ctx, cognitionos.TenantListParams{Limit: cognitionos.Int(1)}, option.WithResponseInto(&resp)))(t)
		if got := resp.Header.Get(policy.SpecVersionHeader); got != cognitionos.SpecVersion {
			t.Errorf("server spec version %q, SDK %q", got, cognitionos.SpecVersion)
		}
		if !strings.HasSuffix(env["COGNITIONOS_BASE_URL"], "/api/v3") {
			t.Errorf("base URL %s lacks /api/v3", env["COGNITIONOS_BASE_URL"])
		}
	})
}
