// Package requestconfig holds what the options of package option set: the client's defaults and,
// per call, the same settings overridden. Internal, so only package option can write it.
package requestconfig

import (
	"log/slog"
	"maps"
	"net/http"
	"slices"
	"time"
)

// Config is everything one call needs to know about how to send itself.
type Config struct {
	APIKey         Secret
	BaseURL        string
	MaxRetries     int
	HTTPClient     *http.Client
	RequestTimeout time.Duration
	Header         http.Header
	IdempotencyKey string
	PollInterval   time.Duration
	PollTimeout    time.Duration
	// ExtraJSON holds body fields sent besides the params' own (option.WithJSONSet).
	ExtraJSON map[string]any
	// ResponseInto, when set, receives the last HTTP response of the call (its body already read).
	ResponseInto **http.Response
	// Middleware runs around each attempt, the first one outermost.
	Middleware []Middleware
	// Logger, when set, gets one debug record per attempt.
	Logger *slog.Logger
}

// Middleware sees each attempt's request before it is sent and its response after; it calls next
// to send the request on (or answers without sending).
type Middleware = func(req *http.Request, next MiddlewareNext) (*http.Response, error)

// MiddlewareNext sends the request on: to the next middleware, the last one to the HTTP client.
type MiddlewareNext = func(req *http.Request) (*http.Response, error)

// Option changes a Config; package option exports the constructors.
type Option func(*Config)

// Apply runs the options in order over a copy of the defaults' Header, so a call's options never
// change the client's.
func (c Config) Apply(options []Option) Config {
	c.Header = c.Header.Clone()
	c.ExtraJSON = maps.Clone(c.ExtraJSON)
	// A call's middleware is appended to a copy, never into the client's backing array.
	c.Middleware = slices.Clip(c.Middleware)
	if c.Header == nil {
		c.Header = http.Header{}
	}
	for _, apply := range options {
		apply(&c)
	}
	return c
}

// Secret is an API key: it prints as [redacted] with every fmt verb, so a Config that ends up in a
// log or an error message never shows it.
type Secret string

// String hides the key.
func (Secret) String() string { return "[redacted]" }

// GoString hides the key from %#v.
func (Secret) GoString() string { return `"[redacted]"` }
