package cognitionos_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/cognitionos/sdk-platform/sdks/go"
	"github.com/cognitionos/sdk-platform/sdks/go/option"
)

// An error names the call (method and the spec's path template) before the policy's message.
func TestMessageNamesMethodAndPath(t *testing.T) {
	body := `{"type":"about:blank","title":"Conflict","status":409,"detail":"Execution exec_1 is already succeeded.","request_id":"req_7"}`
	_, client := serve(t, answer{status: 409, header: map[string]string{"x-should-retry": "false"}, body: body})
	_, err := client.Workflows.Executions.Cancel(context.Background(), "wf_1", "exec_1")
	want := "POST /workflows/{workflow_id}/executions/{execution_id}/cancel: 409 Conflict: Execution exec_1 is already succeeded. (request req_7)"
	if err == nil || err.Error() != want {
		t.Errorf("message %q, want %q", err, want)
	}
}

// The server's 400 detail already lists its field errors: the message states them once.
func TestFieldErrorsListedOnce(t *testing.T) {
	body := `{"type":"about:blank","title":"Bad Request","status":400,"detail":"body.name: Required; body.colour: Unknown field","request_id":"req_9","errors":[{"path":"body.name","message":"Required"},{"path":"body.colour","message":"Unknown field"}]}`
	_, client := serve(t, answer{status: 400, body: body})
	_, err := client.Tenants.New(context.Background(), cognitionos.TenantNewParams{})
	want := "POST /tenants: 400 Bad Request: body.name: Required; body.colour: Unknown field (request req_9)"
	if err == nil || err.Error() != want {
		t.Errorf("message %q, want %q", err, want)
	}
}

// A timeout names the call and the timeout it was given.
func TestTimeoutMessage(t *testing.T) {
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	client := clientFor(t, slow, option.WithRequestTimeout(25*time.Millisecond), option.WithMaxRetries(0))
	_, err := client.Tenants.Get(context.Background(), "ten_1")
	if want := "GET /tenants/{tenant_id}: Request timed out after 25 ms"; err == nil || err.Error() != want {
		t.Errorf("message %q, want %q", err, want)
	}
}
