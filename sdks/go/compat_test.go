// Copied from generators/go/tests/compat_test.go by npm run generate: do not edit here, edit there.

package cognitionos_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/cognitionos/sdk-platform/sdks/go"
)

// What a newer server may send: a field, an enum value and a step type this version does not know.
func TestUnknownFieldAndEnumValue(t *testing.T) {
	newer := `{"id":"ten_1","name":"Acme","slug":"acme","status":"archived","metadata":{},"created_at":"2026-11-23T09:00:00Z","updated_at":"2026-11-23T09:00:00Z","newer_field":{"x":1}}`
	_, client := serve(t, ok(newer))
	tenant, err := client.Tenants.Get(context.Background(), "ten_1")
	if err != nil {
		t.Fatal(err)
	}
	if tenant.Status != cognitionos.TenantStatus("archived") || string(tenant.JSON.ExtraFields["newer_field"]) != `{"x":1}` || tenant.JSON.RawJSON() != newer {
		t.Errorf("status %q, extra %s, raw %s", tenant.Status, tenant.JSON.ExtraFields, tenant.JSON.RawJSON())
	}
}

func TestWorkflowSteps(t *testing.T) {
	steps := `[{"type":"delay","duration_ms":5},{"type":"memory_write","scope":"shared","content":"note {{input.x}}"},{"type":"usage_record","metric":"tokens","quantity":2.5},{"type":"webhook","url":"https://hooks.example/x"}]`
	var decoded []cognitionos.WorkflowStep
	if err := json.Unmarshal([]byte(steps), &decoded); err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		name string
		ok   bool
	}{
		{"delay", decoded[0].Delay != nil && decoded[0].Delay.DurationMs == 5},
		{"memory_write", decoded[1].MemoryWrite != nil && decoded[1].MemoryWrite.Content == "note {{input.x}}" && decoded[1].MemoryWrite.Scope == cognitionos.MemoryScopeShared},
		{"usage_record", decoded[2].UsageRecord != nil && decoded[2].UsageRecord.Quantity == 2.5},
		{"webhook (unknown)", decoded[3].Type == "webhook" && decoded[3].Delay == nil && decoded[3].MemoryWrite == nil && decoded[3].UsageRecord == nil && decoded[3].JSON.RawJSON() == `{"type":"webhook","url":"https://hooks.example/x"}`},
	}
	for i, c := range checks {
		if !c.ok || decoded[i].Type != map[int]string{0: "delay", 1: "memory_write", 2: "usage_record", 3: "webhook"}[i] {
			t.Errorf("%s decoded as %+v", c.name, decoded[i])
		}
	}
	encoded, err := json.Marshal(decoded)
	if err != nil || string(encoded) != steps {
		t.Errorf("round trip: %s, %v", encoded, err)
	}
}

func TestStepToSend(t *testing.T) {
	step := cognitionos.WorkflowStep{Delay: &cognitionos.DelayStep{DurationMs: 1}}
	encoded, err := json.Marshal(step)
	if err != nil || string(encoded) != `{"type":"delay","duration_ms":1}` {
		t.Errorf("%s, %v", encoded, err)
	}
	if _, err := json.Marshal(cognitionos.WorkflowStep{}); err == nil {
		t.Error("a step with no variant set must not be sent")
	}
}

// Unknown fields of every JSON shape, spacing and escaping are kept exactly as sent.
func TestExtraFieldShapes(t *testing.T) {
	body := `{ "id" : "ten_1", "name":"a \"quoted\" }name","slug":"s","status":"active","metadata":{"k":"}"},` +
		`"created_at":"2026-11-23T09:00:00Z","updated_at":"2026-11-23T09:00:00Z",` +
		`"n": -1.5e3 , "b":true,"z":null,"arr":[1,{"x":[2]},"]"],"obj":{"a":{"b":"c\"}"}},"esc\u0061ped":"v"}`
	_, client := serve(t, ok(body))
	tenant, err := client.Tenants.Get(context.Background(), "ten_1")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"n": "-1.5e3", "b": "true", "z": "null", "arr": `[1,{"x":[2]},"]"]`, "obj": `{"a":{"b":"c\"}"}}`, "escaped": `"v"`}
	if len(tenant.JSON.ExtraFields) != len(want) {
		t.Errorf("extra fields %s", tenant.JSON.ExtraFields)
	}
	for name, raw := range want {
		if got := string(tenant.JSON.ExtraFields[name]); got != raw {
			t.Errorf("%s = %s, want %s", name, got, raw)
		}
	}
	if tenant.Name != `a "quoted" }name` || tenant.Metadata["k"] != "}" {
		t.Errorf("known fields %+v", tenant)
	}
}
