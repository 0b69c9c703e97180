package cognitionos_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/cognitionos/sdk-platform/sdks/go"
)

// The secret the API returns once must not reach a log through fmt, with any verb; the field and
// the raw answer keep it for the caller to store.
func TestSecretRedactedInStringForms(t *testing.T) {
	const secret = "cog_live_5ba0c1d2e3f4a5b6c7d8e9f0a1b29f3a"
	body := `{"id":"key_1","tenant_id":"ten_1","name":"ci","masked":"cog_...9f3a","created_at":"2026-11-23T09:00:00Z","last_used_at":null,"revoked_at":null,"secret":"` + secret + `"}`
	_, client := serve(t, answer{status: 201, body: body})
	key, err := client.Tenants.APIKeys.New(context.Background(), "ten_1", cognitionos.TenantAPIKeyNewParams{Name: "ci"})
	if err != nil {
		t.Fatal(err)
	}
	for _, verb := range []string{"%v", "%+v", "%s", "%#v"} {
		for _, value := range []any{key, *key} {
			if text := fmt.Sprintf(verb, value); strings.Contains(text, secret) || !strings.Contains(text, "[redacted]") || !strings.Contains(text, "key_1") {
				t.Errorf("%s of %T: %s", verb, value, text)
			}
		}
	}
	if key.Secret != secret || !strings.Contains(key.JSON.RawJSON(), secret) {
		t.Errorf("the secret itself is lost: %q", key.Secret)
	}
}
