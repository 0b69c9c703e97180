// Copied from generators/go/runtime/option/option.go by npm run generate: do not edit here, edit there.

// Package option holds the settings a client is made with (cognitionos.NewClient) and that any
// single call can override (its trailing ...option.RequestOption).
package option

import (
	"log/slog"
	"net/http"
	"time"

	"github.com/cognitionos/sdk-platform/sdks/go/internal/requestconfig"
)

// RequestOption changes how a client, or one call, sends its requests.
type RequestOption = requestconfig.Option

// Middleware runs around each attempt of a call (a retry passes through it again): it may change
// the request, call next to send it, and read or replace the response.
type Middleware = requestconfig.Middleware

// MiddlewareNext sends the request on to the next middleware, the last one to the HTTP client.
type MiddlewareNext = requestconfig.MiddlewareNext

// WithMiddleware adds middlewares around each attempt, after any added before; the first one
// given is the outermost.
func WithMiddleware(middlewares ...Middleware) RequestOption {
	return func(c *requestconfig.Config) { c.Middleware = append(c.Middleware, middlewares...) }
}

// WithLogger logs one debug record per attempt to logger: method, path, status, request id,
// attempt and elapsed time (never a header or body, so never the API key). COGNITIONOS_LOG=debug
// does the same to stderr.
func WithLogger(logger *slog.Logger) RequestOption {
	return func(c *requestconfig.Config) { c.Logger = logger }
}

// WithAPIKey sets the key sent as a Bearer token (default: the COGNITIONOS_API_KEY variable).
func WithAPIKey(key string) RequestOption {
	return func(c *requestconfig.Config) { c.APIKey = requestconfig.Secret(key) }
}

// WithBaseURL sets the API's root, /api/v3 included (default: COGNITIONOS_BASE_URL, else the local
// reference server).
func WithBaseURL(url string) RequestOption {
	return func(c *requestconfig.Config) { c.BaseURL = url }
}

// WithMaxRetries sets how many times a failed request that is safe to repeat is sent again.
func WithMaxRetries(n int) RequestOption {
	return func(c *requestconfig.Config) { c.MaxRetries = n }
}

// WithHTTPClient sends the requests through hc (its Transport, proxy and TLS settings).
func WithHTTPClient(hc *http.Client) RequestOption {
	return func(c *requestconfig.Config) { c.HTTPClient = hc }
}

// WithRequestTimeout bounds each attempt; a retried call gets the full timeout per attempt.
func WithRequestTimeout(d time.Duration) RequestOption {
	return func(c *requestconfig.Config) { c.RequestTimeout = d }
}

// WithHeader sets a header on every request, replacing a value of the same name.
func WithHeader(name, value string) RequestOption {
	return func(c *requestconfig.Config) { c.Header.Set(name, value) }
}

// WithIdempotencyKey sends key as the Idempotency-Key of a POST instead of a generated one.
func WithIdempotencyKey(key string) RequestOption {
	return func(c *requestconfig.Config) { c.IdempotencyKey = key }
}

// WithPollInterval sets how long a ...AndPoll method waits between two reads.
func WithPollInterval(d time.Duration) RequestOption {
	return func(c *requestconfig.Config) { c.PollInterval = d }
}

// WithPollTimeout sets how long a ...AndPoll method polls before it gives up.
func WithPollTimeout(d time.Duration) RequestOption {
	return func(c *requestconfig.Config) { c.PollTimeout = d }
}

// WithResponseInto stores the call's last HTTP response (headers, status; body already read) in *dst.
func WithResponseInto(dst **http.Response) RequestOption {
	return func(c *requestconfig.Config) { c.ResponseInto = dst }
}

// WithJSONSet sends key with value in the JSON body besides the params' own fields: a field this
// SDK version does not know yet, or one set to null.
func WithJSONSet(key string, value any) RequestOption {
	return func(c *requestconfig.Config) {
		if c.ExtraJSON == nil {
			c.ExtraJSON = map[string]any{}
		}
		c.ExtraJSON[key] = value
	}
}
