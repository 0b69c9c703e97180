//go:build contract

package contract

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cognitionos/sdk-platform/sdks/go"
	"github.com/cognitionos/sdk-platform/sdks/go/internal/policy"
	"github.com/cognitionos/sdk-platform/sdks/go/option"
	cognitionosotel "github.com/cognitionos/sdk-platform/sdks/go/otel"
	"go.opentelemetry.io/otel/trace"
)

// The scenarios of the features every SDK offers alike: empty params, the server's retry veto,
// middleware, the raw response and trace context.
func TestParity(t *testing.T) {
	ctx := context.Background()

	t.Run("bodies.params_omitted", func(t *testing.T) {
		session := newTenant(t, "COGNITIONOS_BASE_URL")
		workflow := must(session.client.Workflows.New(ctx, cognitionos.WorkflowNewParams{Name: unique("omitted"), Steps: []cognitionos.WorkflowStep{delay(1)}}))(t)
		execution := must(session.client.Workflows.Executions.New(ctx, workflow.ID, cognitionos.WorkflowExecutionNewParams{}))(t)
		if execution.WorkflowID != workflow.ID {
			t.Errorf("execution %s", execution.JSON.RawJSON())
		}
		plugin := must(admin.Tenants.Plugins.Install(ctx, session.tenant.ID, cognitionos.TenantPluginInstallParams{Name: "crm-sync", Version: "1.2.0"}))(t)
		subscription := must(admin.Tenants.Subscription.Get(ctx, session.tenant.ID))(t)
		updates := []struct {
			name   string
			before any
			update func() (any, error)
		}{
			{"tenants.Update", session.tenant, func() (any, error) {
				return admin.Tenants.Update(ctx, session.tenant.ID, cognitionos.TenantUpdateParams{})
			}},
			{"workflows.Update", workflow, func() (any, error) {
				return session.client.Workflows.Update(ctx, workflow.ID, cognitionos.WorkflowUpdateParams{})
			}},
			{"plugins.Update", plugin, func() (any, error) {
				return admin.Tenants.Plugins.Update(ctx, session.tenant.ID, plugin.ID, cognitionos.TenantPluginUpdateParams{})
			}},
			{"subscription.Update", subscription, func() (any, error) {
				return admin.Tenants.Subscription.Update(ctx, session.tenant.ID, cognitionos.TenantSubscriptionUpdateParams{})
			}},
		}
		for _, u := range updates {
			after, err := u.update()
			if err != nil {
				t.Errorf("%s without params: %v", u.name, err)
			} else if before, now := withoutUpdatedAt(t, u.before), withoutUpdatedAt(t, after); before != now {
				t.Errorf("%s without params changed %s into %s", u.name, before, now)
			}
		}
	})

	t.Run("retries.should_retry_veto", func(t *testing.T) {
		session := newTenant(t, "COGNITIONOS_BASE_URL")
		workflow := must(session.client.Workflows.New(ctx, cognitionos.WorkflowNewParams{Name: unique("veto"), Steps: []cognitionos.WorkflowStep{delay(1)}}))(t)
		finished := must(session.client.Workflows.Executions.NewAndPoll(ctx, workflow.ID, cognitionos.WorkflowExecutionNewParams{}, option.WithPollInterval(50*time.Millisecond)))(t)
		rec := &recorder{}
		recorded := clientFor(session.apiKey, "COGNITIONOS_BASE_URL", rec.client())
		_, err := recorded.Workflows.Executions.Cancel(ctx, workflow.ID, finished.ID)
		want := "POST /workflows/{workflow_id}/executions/{execution_id}/cancel: 409"
		if !errors.Is(err, cognitionos.ErrConflict) || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("cancel of a finished execution: %v; want the Conflict error starting %q", err, want)
		}
		if seen := rec.seen(); len(seen) != 1 {
			t.Errorf("a vetoed conflict was sent %d times", len(seen))
		}
	})

	t.Run("middleware.each_attempt", func(t *testing.T) {
		var attempts []string
		record := func(req *http.Request, next option.MiddlewareNext) (*http.Response, error) {
			resp, err := next(req)
			outcome := "answered"
			if errors.Is(err, context.DeadlineExceeded) {
				outcome = "timed out"
			} else if err != nil {
				outcome = err.Error()
			}
			attempts = append(attempts, fmt.Sprintf("retry %q %s", req.Header.Get(policy.RetryCountHeader), outcome))
			return resp, err
		}
		// Every answer of the slow server takes 1.5 s, so each attempt times out and is retried.
		slow := clientFor(env["COGNITIONOS_ADMIN_KEY"], "COGNITIONOS_SLOW_BASE_URL", option.WithRequestTimeout(300*time.Millisecond), option.WithMaxRetries(2), option.WithMiddleware(record))
		var timeout *cognitionos.TimeoutError
		if _, err := slow.Tenants.List(ctx, cognitionos.TenantListParams{}); !errors.As(err, &timeout) {
			t.Errorf("want a timeout after the retries, got %v", err)
		}
		want := []string{`retry "" timed out`, `retry "1" timed out`, `retry "2" timed out`}
		if !slices.Equal(attempts, want) {
			t.Errorf("the middleware saw %q, want %q", attempts, want)
		}
	})

	t.Run("responses.raw", func(t *testing.T) {
		var resp *http.Response
		tenant := must(admin.Tenants.New(ctx, cognitionos.TenantNewParams{Name: unique("raw")}))(t)
		withRaw := must(admin.Tenants.Get(ctx, tenant.ID, option.WithResponseInto(&resp)))(t)
		plain := must(admin.Tenants.Get(ctx, tenant.ID))(t)
		if resp.StatusCode != http.StatusOK || resp.Header.Get(policy.RequestIDHeader) == "" || resp.Header.Get(policy.SpecVersionHeader) != cognitionos.SpecVersion {
			t.Errorf("raw response %d with headers %v", resp.StatusCode, resp.Header)
		}
		if withRaw.JSON.RawJSON() != plain.JSON.RawJSON() {
			t.Errorf("with the raw response %s, plain %s", withRaw.JSON.RawJSON(), plain.JSON.RawJSON())
		}
	})

	t.Run("trace.context", func(t *testing.T) {
		traced := clientFor(env["COGNITIONOS_ADMIN_KEY"], "COGNITIONOS_BASE_URL", cognitionosotel.WithTraceContext())
		span := randomSpan()
		var resp *http.Response
		must(traced.Health.Check(trace.ContextWithSpanContext(ctx, span), option.WithResponseInto(&resp)))(t)
		want := regexp.MustCompile(`^00-` + span.TraceID().String() + `-[0-9a-f]{16}-01$`)
		if got := resp.Header.Get("traceresponse"); !want.MatchString(got) {
			t.Errorf("traceresponse %q does not continue trace %s", got, span.TraceID())
		}
	})
}

var updatedAt = regexp.MustCompile(`"updated_at":"[^"]*"`)

// withoutUpdatedAt is the object as JSON, less updated_at: an update without fields may still
// touch it; nothing else may change.
func withoutUpdatedAt(t *testing.T, object any) string {
	t.Helper()
	encoded, err := json.Marshal(object)
	if err != nil {
		t.Fatal(err)
	}
	return updatedAt.ReplaceAllString(string(encoded), "")
}

// randomSpan is a sampled span context of a new trace, as the caller's tracer would start.
func randomSpan() trace.SpanContext {
	var traceID trace.TraceID
	var spanID trace.SpanID
	_, _ = rand.Read(traceID[:])
	_, _ = rand.Read(spanID[:])
	return trace.NewSpanContext(trace.SpanContextConfig{TraceID: traceID, SpanID: spanID, TraceFlags: trace.FlagsSampled})
}
