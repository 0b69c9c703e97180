// Copied from generators/go/tests/helpers_test.go by npm run generate: do not edit here, edit there.

package cognitionos_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/cognitionos/sdk-platform/sdks/go"
	"github.com/cognitionos/sdk-platform/sdks/go/option"
)

const testKey = "cog_test_secret_0123456789"

// recorded is one request as the fake server saw it.
type recorded struct {
	Method, Path, RawQuery string
	Header                 http.Header
	Body                   string
}

// answer is what the fake server sends for one request.
type answer struct {
	status int
	header map[string]string
	body   string
}

// fakeServer answers the scripted answers in order (the last one repeats) and records each request.
type fakeServer struct {
	mu       sync.Mutex
	baseURL  string
	answers  []answer
	requests []recorded
}

func (f *fakeServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	f.requests = append(f.requests, recorded{r.Method, r.URL.EscapedPath(), r.URL.RawQuery, r.Header.Clone(), string(body)})
	next := f.answers[min(len(f.requests), len(f.answers))-1]
	f.mu.Unlock()
	for name, value := range next.header {
		w.Header().Set(name, value)
	}
	if w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", "application/json")
	}
	w.WriteHeader(next.status)
	_, _ = io.WriteString(w, next.body)
}

func (f *fakeServer) seen() []recorded {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]recorded(nil), f.requests...)
}

// serve starts a fake server with the answers and a client pointed at it.
func serve(t *testing.T, answers ...answer) (*fakeServer, *cognitionos.Client) {
	t.Helper()
	fake := &fakeServer{answers: answers}
	server := httptest.NewServer(fake)
	t.Cleanup(server.Close)
	fake.baseURL = server.URL + "/api/v3"
	return fake, cognitionos.NewClient(option.WithAPIKey(testKey), option.WithBaseURL(fake.baseURL))
}

const tenantJSON = `{"id":"ten_1","name":"Acme","slug":"acme","status":"active","metadata":{},"created_at":"2026-11-23T09:00:00.000Z","updated_at":"2026-11-23T09:00:00.000Z"}`

func ok(body string) answer { return answer{status: 200, body: body} }

func problem(status int, header map[string]string) answer {
	body := fmt.Sprintf(`{"type":"about:blank","title":"Oops","status":%d,"detail":"it failed","request_id":"req_1"}`, status)
	return answer{status: status, header: header, body: body}
}

// clientFor points a client at handler.
func clientFor(t *testing.T, handler http.Handler, opts ...option.RequestOption) *cognitionos.Client {
	t.Helper()
	server := httptest.NewServer(handler)
	t.Cleanup(server.Close)
	return cognitionos.NewClient(append([]option.RequestOption{option.WithAPIKey(testKey), option.WithBaseURL(server.URL + "/api/v3")}, opts...)...)
}
