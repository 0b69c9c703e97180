package cognitionos_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/cognitionos/sdk-platform/sdks/go"
)

// An optional map or list left nil is not sent; set, even empty, it is: {} clears a tenant's
// metadata, [] a plugin's permissions.
func TestEmptyMapAndListAreSent(t *testing.T) {
	cases := []struct {
		name   string
		params any
		want   string
	}{
		{"empty map", cognitionos.TenantUpdateParams{Metadata: cognitionos.Metadata{}}, `{"metadata":{}}`},
		{"nil map", cognitionos.TenantUpdateParams{Name: cognitionos.String("Acme")}, `{"name":"Acme"}`},
		{"empty list", cognitionos.TenantPluginUpdateParams{Permissions: []cognitionos.PluginPermission{}}, `{"permissions":[]}`},
		{"empty enum", cognitionos.TenantUpdateParams{Status: ""}, `{}`},
	}
	for _, c := range cases {
		body, err := json.Marshal(c.params)
		if err != nil || string(body) != c.want {
			t.Errorf("%s: %s, %v; want %s", c.name, body, err, c.want)
		}
	}
}

func TestEmptyMetadataReachesTheServer(t *testing.T) {
	fake, client := serve(t, ok(tenantJSON))
	if _, err := client.Tenants.Update(context.Background(), "ten_1", cognitionos.TenantUpdateParams{Metadata: cognitionos.Metadata{}}); err != nil {
		t.Fatal(err)
	}
	if got := fake.seen()[0].Body; got != `{"metadata":{}}` {
		t.Errorf("body = %s, want {\"metadata\":{}}", got)
	}
}

// An operation with a body, given params with nothing set, sends {} (the server wants a JSON body).
func TestEmptyParamsSendAnEmptyObject(t *testing.T) {
	fake, client := serve(t, ok(`{"id":"exec_1","workflow_id":"wf_1","status":"queued"}`), ok(tenantJSON))
	ctx := context.Background()
	if _, err := client.Workflows.Executions.New(ctx, "wf_1", cognitionos.WorkflowExecutionNewParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := client.Tenants.Update(ctx, "ten_1", cognitionos.TenantUpdateParams{}); err != nil {
		t.Fatal(err)
	}
	for _, request := range fake.seen() {
		if request.Body != `{}` || request.Header.Get("Content-Type") != "application/json" {
			t.Errorf("%s %s sent %q as %q, want {} as JSON", request.Method, request.Path, request.Body, request.Header.Get("Content-Type"))
		}
	}
}

// Opt is the three states of a nullable optional field: unset (not sent), a value, null.
func TestOpt(t *testing.T) {
	cases := []struct {
		opt   cognitionos.Opt[string]
		unset bool
		want  string
	}{
		{cognitionos.Opt[string]{}, true, `null`},
		{cognitionos.NewOpt(""), false, `""`},
		{cognitionos.Null[string](), false, `null`},
	}
	for _, c := range cases {
		body, err := json.Marshal(c.opt)
		if err != nil || string(body) != c.want || c.opt.IsZero() != c.unset {
			t.Errorf("%#v: %s, %v, unset %v; want %s", c.opt, body, err, c.opt.IsZero(), c.want)
		}
	}
	var decoded struct{ A, B cognitionos.Opt[int64] }
	if err := json.Unmarshal([]byte(`{"A":null,"B":3}`), &decoded); err != nil {
		t.Fatal(err)
	}
	if b, ok := decoded.B.Get(); !decoded.A.IsNull() || !ok || b != 3 {
		t.Errorf("decoded %+v", decoded)
	}
}
