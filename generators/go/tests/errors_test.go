package cognitionos_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/cognitionos/sdk-platform/sdks/go"
	"github.com/cognitionos/sdk-platform/sdks/go/internal/policy"
	"github.com/cognitionos/sdk-platform/sdks/go/option"
)

var sentinels = map[string]error{
	"BadRequest": cognitionos.ErrBadRequest, "Authentication": cognitionos.ErrAuthentication,
	"PermissionDenied": cognitionos.ErrPermissionDenied, "NotFound": cognitionos.ErrNotFound,
	"Conflict": cognitionos.ErrConflict, "UnprocessableEntity": cognitionos.ErrUnprocessableEntity,
	"RateLimit": cognitionos.ErrRateLimit, "InternalServer": cognitionos.ErrInternalServer,
}

// Every row of the policy's status-to-error table (a 5xx stands for the server error class),
// answered to a call that is not retried.
func TestErrorClasses(t *testing.T) {
	table := maps.Clone(policy.ErrorClasses)
	table[502] = policy.ServerErrorClass
	for status, class := range table {
		t.Run(class, func(t *testing.T) {
			_, client := serve(t, problem(status, map[string]string{policy.RequestIDHeader: "req_1"}))
			_, err := client.Tenants.Get(context.Background(), "ten_1", option.WithMaxRetries(0))
			var apiErr *cognitionos.Error
			if !errors.As(err, &apiErr) || apiErr.StatusCode != status || apiErr.RequestID != "req_1" || apiErr.Problem.Title != "Oops" {
				t.Fatalf("err = %#v", err)
			}
			for name, sentinel := range sentinels {
				if errors.Is(err, sentinel) != (name == class) {
					t.Errorf("errors.Is(%d error, Err%s) = %v", status, name, name != class)
				}
			}
			if want := fmt.Sprintf("GET /tenants/{tenant_id}: %d Oops: it failed (request req_1)", status); err.Error() != want {
				t.Errorf("message %q, want %q", err.Error(), want)
			}
		})
	}
}

func TestFieldErrorsInMessage(t *testing.T) {
	body := `{"type":"about:blank","title":"Invalid request","status":400,"detail":"2 errors","request_id":"req_9","errors":[{"path":"body.name","message":"Required"},{"path":"body.colour","message":"Unknown field"}]}`
	_, client := serve(t, answer{status: 400, body: body})
	_, err := client.Tenants.New(context.Background(), cognitionos.TenantNewParams{})
	want := "POST /tenants: 400 Invalid request: 2 errors [body.name: Required; body.colour: Unknown field] (request req_9)"
	if err == nil || err.Error() != want {
		t.Errorf("message %q, want %q", err, want)
	}
}

func TestNonJSONErrorBody(t *testing.T) {
	_, client := serve(t, answer{status: 404, header: map[string]string{"Content-Type": "text/html"}, body: "<h1>gone</h1>"})
	_, err := client.Tenants.Get(context.Background(), "ten_1")
	if !errors.Is(err, cognitionos.ErrNotFound) || !strings.Contains(err.Error(), "<h1>gone</h1>") {
		t.Errorf("err = %v", err)
	}
}

func TestKeyNeverInErrorText(t *testing.T) {
	echo := fmt.Sprintf(`{"type":"about:blank","title":"Bad key %s","status":401,"detail":"key %s","request_id":"req_1"}`, testKey, testKey)
	_, client := serve(t, answer{status: 401, body: echo})
	_, apiErr := client.Tenants.Get(context.Background(), "ten_1")
	refused := cognitionos.NewClient(option.WithAPIKey(testKey), option.WithBaseURL("http://127.0.0.1:1/api/v3"), option.WithMaxRetries(0))
	_, connErr := refused.Tenants.Get(context.Background(), "ten_1")
	for _, err := range []error{apiErr, connErr} {
		if err == nil {
			t.Fatal("expected an error")
		}
		raw, _ := json.Marshal(err)
		for _, text := range []string{fmt.Sprintf("%v", err), fmt.Sprintf("%+v", err), fmt.Sprintf("%#v", err), string(raw)} {
			if strings.Contains(text, testKey) {
				t.Errorf("error text shows the key: %s", text)
			}
		}
	}
}

// A malformed key (the README's placeholder) keeps the server's hint, which quotes that
// placeholder; a real key in the same hint is still cut out.
func TestMalformedKeyKeepsServerHint(t *testing.T) {
	hint := `{"type":"about:blank","title":"Unauthorized","status":401,"detail":"Malformed Authorization header: expected Bearer cog_... (got %s)","request_id":"req_1"}`
	for key, want := range map[string]string{
		"cog_...": "401 Unauthorized: Malformed Authorization header: expected Bearer cog_... (got cog_...) (request req_1)",
		testKey:   "401 Unauthorized: Malformed Authorization header: expected Bearer cog_... (got [redacted]) (request req_1)",
	} {
		fake := &fakeServer{answers: []answer{{status: 401, body: fmt.Sprintf(hint, key)}}}
		client := clientFor(t, fake, option.WithAPIKey(key))
		_, err := client.Tenants.Get(context.Background(), "ten_1")
		if err == nil || !strings.HasSuffix(err.Error(), want) {
			t.Errorf("key %q: message %q, want it to end %q", key, err, want)
		}
	}
}

func TestConnectionErrorWrapsNetError(t *testing.T) {
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	address := listener.Addr().String()
	listener.Close()
	client := cognitionos.NewClient(option.WithBaseURL("http://"+address+"/api/v3"), option.WithMaxRetries(0))
	_, err = client.Tenants.Get(context.Background(), "ten_1")
	var connErr *cognitionos.ConnectionError
	var opErr *net.OpError
	if !errors.As(err, &connErr) || !errors.As(err, &opErr) || !strings.HasPrefix(err.Error(), "GET /tenants/{tenant_id}: Connection error: ") {
		t.Errorf("err = %v", err)
	}
}

func TestTimeoutMatchesDeadlineExceeded(t *testing.T) {
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	client := clientFor(t, slow, option.WithRequestTimeout(20*time.Millisecond), option.WithMaxRetries(0))
	_, err := client.Tenants.Get(context.Background(), "ten_1")
	var timeout *cognitionos.TimeoutError
	if !errors.As(err, &timeout) || !errors.Is(err, context.DeadlineExceeded) || err.Error() != "GET /tenants/{tenant_id}: Request timed out after 20 ms" {
		t.Errorf("err = %v", err)
	}
}

func TestContextCancellationStopsRetries(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	failing := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		cancel()
		w.WriteHeader(503)
	})
	_, err := clientFor(t, failing, option.WithMaxRetries(5)).Tenants.Get(ctx, "ten_1")
	if !errors.Is(err, context.Canceled) || calls != 1 {
		t.Errorf("err = %v after %d calls, want context.Canceled after 1", err, calls)
	}
}

func TestIdempotencyKeyOnErrors(t *testing.T) {
	_, client := serve(t, problem(422, nil))
	_, generated := client.Tenants.New(context.Background(), cognitionos.TenantNewParams{Name: "Acme"})
	_, given := client.Tenants.New(context.Background(), cognitionos.TenantNewParams{Name: "Acme"}, option.WithHeader("idempotency-KEY", "mine-2"))
	var first, second *cognitionos.Error
	if !errors.As(generated, &first) || !strings.HasPrefix(first.IdempotencyKey, policy.IdempotencyKeyPrefix) {
		t.Errorf("generated key on the error: %#v", generated)
	}
	if !errors.As(given, &second) || second.IdempotencyKey != "mine-2" {
		t.Errorf("caller's key on the error: %#v", given)
	}
}

func TestInvalidParamIsBadRequest(t *testing.T) {
	_, client := serve(t, ok(`{}`))
	_, err := client.Tenants.APIKeys.Revoke(context.Background(), "ten_1", "..")
	want := "key_id must be a non-empty id that is not '.' or '..'; got '..'"
	if !errors.Is(err, cognitionos.ErrBadRequest) || err.Error() != want {
		t.Errorf("err %v, want %q matching ErrBadRequest", err, want)
	}
}

func TestLineBreakInHeaderRefused(t *testing.T) {
	cases := []option.RequestOption{option.WithIdempotencyKey("a\r\nX-Evil: 1"), option.WithHeader("X-Trace", "a\nb")}
	for _, opt := range cases {
		fake, client := serve(t, answer{status: 201, body: tenantJSON})
		_, err := client.Tenants.New(context.Background(), cognitionos.TenantNewParams{Name: "Acme"}, opt)
		var invalid *cognitionos.InvalidHeaderError
		if !errors.As(err, &invalid) || !errors.Is(err, cognitionos.ErrBadRequest) || len(fake.seen()) != 0 {
			t.Errorf("err %v after %d requests, want InvalidHeaderError before any", err, len(fake.seen()))
		}
	}
}
