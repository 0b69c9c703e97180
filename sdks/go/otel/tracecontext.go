// Copied from generators/go/otel/tracecontext.go by npm run generate: do not edit here, edit there.

// Package cognitionosotel carries the caller's OpenTelemetry trace to the CognitionOS API: every
// attempt of a call made with WithTraceContext sends the W3C traceparent and tracestate of the span
// active in the call's context, so the server's access log continues the caller's trace. It is a
// module of its own, so the SDK itself keeps no dependency beyond the standard library.
package cognitionosotel

import (
	"net/http"

	"github.com/cognitionos/sdk-platform/sdks/go/option"
	"go.opentelemetry.io/otel/propagation"
)

// WithTraceContext sends traceparent and tracestate with each attempt when the call's context
// holds a valid span context; without one it sends nothing.
func WithTraceContext() option.RequestOption {
	return option.WithMiddleware(Middleware)
}

// Middleware is WithTraceContext's middleware, for a caller composing their own.
func Middleware(req *http.Request, next option.MiddlewareNext) (*http.Response, error) {
	// W3C trace context always, whatever global propagator the application set: it is what the
	// API reads.
	propagation.TraceContext{}.Inject(req.Context(), propagation.HeaderCarrier(req.Header))
	return next(req)
}
