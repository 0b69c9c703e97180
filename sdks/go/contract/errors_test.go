// Copied from generators/go/contract/errors_test.go by npm run generate: do not edit here, edit there.

//go:build contract

package contract

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/cognitionos/sdk-platform/sdks/go"
	"github.com/cognitionos/sdk-platform/sdks/go/internal/policy"
	"github.com/cognitionos/sdk-platform/sdks/go/option"
)

// fieldPaths joins the paths a problem body names.
func fieldPaths(err error) string {
	var apiErr *cognitionos.Error
	if !errors.As(err, &apiErr) || apiErr.Problem == nil {
		return ""
	}
	var paths []string
	for _, fe := range apiErr.Problem.Errors {
		paths = append(paths, fe.Path)
	}
	return strings.Join(paths, " ")
}

func TestErrors(t *testing.T) {
	ctx := context.Background()
	adminKey := env["COGNITIONOS_ADMIN_KEY"]

	t.Run("errors.bad_request", func(t *testing.T) {
		// Sent past the validating proxy: it would refuse this out-of-spec request itself.
		direct := clientFor(adminKey, "COGNITIONOS_DIRECT_BASE_URL")
		_, err := direct.Tenants.New(ctx, cognitionos.TenantNewParams{Name: ""})
		if !(errors.Is(err, cognitionos.ErrBadRequest) || errors.Is(err, cognitionos.ErrUnprocessableEntity)) || !strings.Contains(fieldPaths(err), "name") {
			t.Errorf("empty name: %v", err)
		}
		// A field the spec does not have, as a caller ahead of (or behind) the server might send.
		_, err = direct.Tenants.New(ctx, cognitionos.TenantNewParams{Name: "x"}, option.WithJSONSet("colour", "red"))
		if !strings.Contains(fieldPaths(err), "colour") {
			t.Errorf("unknown field: %v", err)
		}
	})

	t.Run("errors.not_found", func(t *testing.T) {
		_, err := admin.Tenants.Get(ctx, "ten_doesnotexist0000000000000")
		var apiErr *cognitionos.Error
		if !errors.Is(err, cognitionos.ErrNotFound) || !errors.As(err, &apiErr) || apiErr.StatusCode != 404 || apiErr.Problem.Status != 404 {
			t.Errorf("unknown id: %v", err)
		}
	})

	t.Run("errors.authentication", func(t *testing.T) {
		_, err := clientFor("cog_wrong_key_000000000000", "COGNITIONOS_BASE_URL").Tenants.List(ctx, cognitionos.TenantListParams{})
		var apiErr *cognitionos.Error
		if !errors.Is(err, cognitionos.ErrAuthentication) || !errors.As(err, &apiErr) || apiErr.StatusCode != 401 {
			t.Errorf("wrong key: %v", err)
		}
	})

	t.Run("errors.tenant_isolation", func(t *testing.T) {
		owner, stranger := newTenant(t, "COGNITIONOS_BASE_URL"), newTenant(t, "COGNITIONOS_BASE_URL")
		memory := must(owner.client.Memories.New(ctx, cognitionos.MemoryNewParams{Scope: cognitionos.MemoryScopePrivate, Content: unique("secret")}))(t)
		workflow := must(owner.client.Workflows.New(ctx, cognitionos.WorkflowNewParams{Name: unique("wf"), Steps: []cognitionos.WorkflowStep{{Delay: &cognitionos.DelayStep{DurationMs: 1}}}}))(t)
		calls := map[string]func() error{
			"memories.Get":    func() error { _, err := stranger.client.Memories.Get(ctx, memory.ID); return err },
			"workflows.Get":   func() error { _, err := stranger.client.Workflows.Get(ctx, workflow.ID); return err },
			"memories.Delete": func() error { return stranger.client.Memories.Delete(ctx, memory.ID) },
		}
		for name, call := range calls {
			if err := call(); !errors.Is(err, cognitionos.ErrNotFound) {
				t.Errorf("%s of another tenant's object: %v", name, err)
			}
		}
		if read := must(owner.client.Memories.Get(ctx, memory.ID))(t); read.ID != memory.ID {
			t.Errorf("owner read %+v", read)
		}
	})

	t.Run("errors.request_id", func(t *testing.T) {
		_, missing := admin.Tenants.Get(ctx, "ten_missing00000000000000000")
		_, wrongKey := clientFor("cog_wrong_key_000000000000", "COGNITIONOS_BASE_URL").Tenants.List(ctx, cognitionos.TenantListParams{})
		for _, err := range []error{missing, wrongKey} {
			var apiErr *cognitionos.Error
			if !errors.As(err, &apiErr) || strings.TrimSpace(apiErr.RequestID) == "" || apiErr.RequestID != apiErr.Header.Get(policy.RequestIDHeader) || !strings.Contains(err.Error(), apiErr.RequestID) {
				t.Errorf("error without its request id: %v", err)
			}
		}
	})

	t.Run("errors.no_key_in_text", func(t *testing.T) {
		wrongKey := "cog_" + strings.ReplaceAll(unique("wrongkey"), "-", "")
		tenant := newTenant(t, "COGNITIONOS_BASE_URL")
		_, e1 := clientFor(wrongKey, "COGNITIONOS_BASE_URL").Tenants.List(ctx, cognitionos.TenantListParams{})
		_, e2 := tenant.client.Memories.Get(ctx, "mem_missing000000000000000000")
		_, e3 := clientFor(adminKey, "COGNITIONOS_DIRECT_BASE_URL").Tenants.New(ctx, cognitionos.TenantNewParams{Name: ""})
		_, e4 := cognitionos.NewClient(option.WithAPIKey(wrongKey), option.WithBaseURL("http://127.0.0.1:9/api/v3"), option.WithMaxRetries(0)).Tenants.List(ctx, cognitionos.TenantListParams{})
		cases := []struct {
			err error
			key string
		}{{e1, wrongKey}, {e2, tenant.apiKey}, {e3, adminKey}, {e4, wrongKey}}
		for _, c := range cases {
			if c.err == nil {
				t.Fatal("expected an error")
			}
			raw, _ := json.Marshal(c.err)
			for _, text := range []string{c.err.Error(), fmt.Sprintf("%v", c.err), fmt.Sprintf("%+v", c.err), fmt.Sprintf("%#v", c.err), string(raw)} {
				if strings.Contains(text, c.key) {
					t.Errorf("error text shows the key: %s", text)
				}
			}
		}
	})
}
