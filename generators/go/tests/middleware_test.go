package cognitionos_test

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"testing"

	"github.com/cognitionos/sdk-platform/sdks/go/option"
)

// A middleware runs around each attempt (a retry passes through it again), sees the request before
// it is sent and the response after; the first one given is the outermost.
func TestMiddlewareAroundEachAttempt(t *testing.T) {
	fake, client := serve(t, problem(503, now), ok(tenantJSON))
	var trace []string
	record := func(name string) option.Middleware {
		return func(req *http.Request, next option.MiddlewareNext) (*http.Response, error) {
			req.Header.Set("X-Middleware-"+name, "seen")
			trace = append(trace, name+" in")
			resp, err := next(req)
			if err != nil {
				return nil, err
			}
			trace = append(trace, fmt.Sprintf("%s out %d", name, resp.StatusCode))
			return resp, nil
		}
	}
	if _, err := client.Tenants.Get(context.Background(), "ten_1", option.WithMiddleware(record("a"), record("b"))); err != nil {
		t.Fatal(err)
	}
	want := []string{"a in", "b in", "b out 503", "a out 503", "a in", "b in", "b out 200", "a out 200"}
	if !slices.Equal(trace, want) {
		t.Errorf("trace %q, want %q", trace, want)
	}
	for i, request := range fake.seen() {
		if request.Header.Get("X-Middleware-a") != "seen" || request.Header.Get("X-Middleware-b") != "seen" {
			t.Errorf("attempt %d was sent without the middlewares' headers", i+1)
		}
	}
}

// A middleware can answer without sending (a cache, a test double).
func TestMiddlewareMayAnswerItself(t *testing.T) {
	fake, client := serve(t, ok(tenantJSON))
	canned := func(req *http.Request, next option.MiddlewareNext) (*http.Response, error) {
		return &http.Response{StatusCode: 404, Header: http.Header{}, Body: http.NoBody, Request: req}, nil
	}
	_, err := client.Tenants.Get(context.Background(), "ten_1", option.WithMiddleware(canned))
	if err == nil || len(fake.seen()) != 0 {
		t.Errorf("err %v after %d requests; want the middleware's 404 and none sent", err, len(fake.seen()))
	}
}
