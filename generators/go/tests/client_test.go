package cognitionos_test

import (
	"context"
	"errors"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/cognitionos/sdk-platform/sdks/go"
	"github.com/cognitionos/sdk-platform/sdks/go/internal/policy"
	"github.com/cognitionos/sdk-platform/sdks/go/option"
)

func TestRequestHeaders(t *testing.T) {
	fake, client := serve(t, answer{status: 201, body: tenantJSON})
	if _, err := client.Tenants.New(context.Background(), cognitionos.TenantNewParams{Name: "Acme"}, option.WithHeader("X-Trace", "t1")); err != nil {
		t.Fatal(err)
	}
	got := fake.seen()[0]
	wantAgent := "cognitionos-sdk-go/" + cognitionos.Version + " (go/" + strings.TrimPrefix(runtime.Version(), "go") + ")"
	checks := []struct{ header, want string }{
		{"Authorization", "Bearer " + testKey},
		{"User-Agent", wantAgent},
		{"Content-Type", "application/json"},
		{"X-Trace", "t1"},
	}
	for _, c := range checks {
		if v := got.Header.Get(c.header); v != c.want {
			t.Errorf("%s = %q, want %q", c.header, v, c.want)
		}
	}
	if key := got.Header.Get(policy.IdempotencyHeader); !strings.HasPrefix(key, policy.IdempotencyKeyPrefix) {
		t.Errorf("POST Idempotency-Key = %q, want a generated %q... key", key, policy.IdempotencyKeyPrefix)
	}
	if got.Body != `{"name":"Acme"}` {
		t.Errorf("body = %s: optional fields left nil must not be sent", got.Body)
	}
}

func TestEnvironmentDefaults(t *testing.T) {
	fake, _ := serve(t, ok(tenantJSON))
	t.Setenv(policy.APIKeyEnv, "cog_from_env")
	t.Setenv(policy.BaseURLEnv, fake.baseURL)
	if _, err := cognitionos.NewClient().Tenants.Get(context.Background(), "ten_1"); err != nil {
		t.Fatal(err)
	}
	got := fake.seen()[0]
	if got.Header.Get("Authorization") != "Bearer cog_from_env" || got.Path != "/api/v3/tenants/ten_1" {
		t.Errorf("env client sent %s with %q", got.Path, got.Header.Get("Authorization"))
	}
	if got.Header.Get(policy.IdempotencyHeader) != "" {
		t.Error("a GET carries no Idempotency-Key")
	}
}

func TestBaseURLWithTrailingSlash(t *testing.T) {
	fake, _ := serve(t, ok(tenantJSON))
	client := cognitionos.NewClient(option.WithBaseURL(fake.baseURL + "/"))
	if _, err := client.Tenants.Get(context.Background(), "ten_1"); err != nil || fake.seen()[0].Path != "/api/v3/tenants/ten_1" {
		t.Errorf("sent %v, %v", fake.seen(), err)
	}
}

func TestQueryParams(t *testing.T) {
	fake, client := serve(t, ok(`{"data":[],"has_more":false,"next_cursor":null}`))
	params := cognitionos.MemoryListParams{Limit: cognitionos.Int(5), Scope: cognitionos.MemoryScopePrivate, Tag: cognitionos.String("a b")}
	if _, err := client.Memories.List(context.Background(), params); err != nil {
		t.Fatal(err)
	}
	if q := fake.seen()[0].RawQuery; q != "limit=5&scope=private&tag=a+b" {
		t.Errorf("query = %q", q)
	}
}

func TestPathParams(t *testing.T) {
	cases := []struct {
		id      string
		refused bool
		path    string
	}{
		{"", true, ""},
		{".", true, ""},
		{"..", true, ""},
		{"a/b", false, "/api/v3/tenants/a%2Fb"},
		{"ten_1?x=1", false, "/api/v3/tenants/ten_1%3Fx=1"},
	}
	for _, c := range cases {
		fake, client := serve(t, ok(tenantJSON))
		_, err := client.Tenants.Get(context.Background(), c.id)
		var invalid *cognitionos.InvalidParamError
		if c.refused {
			if !errors.As(err, &invalid) || invalid.Param != "tenant_id" || len(fake.seen()) != 0 {
				t.Errorf("%q: err %v after %d requests, want InvalidParamError naming tenant_id before any", c.id, err, len(fake.seen()))
			}
			continue
		}
		if err != nil || fake.seen()[0].Path != c.path {
			t.Errorf("%q: err %v, path %v, want %s", c.id, err, fake.seen(), c.path)
		}
	}
}

func TestUserAgentFormat(t *testing.T) {
	pattern := regexp.MustCompile(`^cognitionos-sdk-go/\d+\.\d+\.\d+\S* \(go/\S+\)$`)
	fake, client := serve(t, ok(tenantJSON))
	_, _ = client.Tenants.Get(context.Background(), "ten_1")
	if agent := fake.seen()[0].Header.Get("User-Agent"); !pattern.MatchString(agent) {
		t.Errorf("User-Agent %q does not follow %q", agent, policy.UserAgent)
	}
}
