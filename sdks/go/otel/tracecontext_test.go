// Copied from generators/go/otel/tracecontext_test.go by npm run generate: do not edit here, edit there.

package cognitionosotel_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/cognitionos/sdk-platform/sdks/go"
	"github.com/cognitionos/sdk-platform/sdks/go/option"
	cognitionosotel "github.com/cognitionos/sdk-platform/sdks/go/otel"
	"go.opentelemetry.io/otel/trace"
)

const tenantJSON = `{"id":"ten_1","name":"Acme","slug":"acme","status":"active","metadata":{},"created_at":"2026-11-23T09:00:00Z","updated_at":"2026-11-23T09:00:00Z"}`

// The span in the call's context reaches the server as traceparent (and its state as tracestate);
// a call without a span sends neither.
func TestTraceContextSent(t *testing.T) {
	var headers []http.Header
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		headers = append(headers, r.Header.Clone())
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(tenantJSON))
	}))
	defer server.Close()
	client := cognitionos.NewClient(option.WithAPIKey("cog_test"), option.WithBaseURL(server.URL), cognitionosotel.WithTraceContext())

	traceID, _ := trace.TraceIDFromHex("4bf92f3577b34da6a3ce929d0e0e4736")
	spanID, _ := trace.SpanIDFromHex("00f067aa0ba902b7")
	state, _ := trace.ParseTraceState("vendor=value")
	span := trace.NewSpanContext(trace.SpanContextConfig{TraceID: traceID, SpanID: spanID, TraceFlags: trace.FlagsSampled, TraceState: state})
	ctx := trace.ContextWithSpanContext(context.Background(), span)
	if _, err := client.Tenants.Get(ctx, "ten_1"); err != nil {
		t.Fatal(err)
	}
	if _, err := client.Tenants.Get(context.Background(), "ten_1"); err != nil {
		t.Fatal(err)
	}
	if got, want := headers[0].Get("traceparent"), "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"; got != want {
		t.Errorf("traceparent = %q, want %q", got, want)
	}
	if got := headers[0].Get("tracestate"); got != "vendor=value" {
		t.Errorf("tracestate = %q", got)
	}
	if got := headers[1].Get("traceparent"); got != "" {
		t.Errorf("a call without a span sent traceparent %q", got)
	}
}
