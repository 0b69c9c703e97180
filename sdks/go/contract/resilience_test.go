// Copied from generators/go/contract/resilience_test.go by npm run generate: do not edit here, edit there.

//go:build contract

package contract

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/cognitionos/sdk-platform/sdks/go"
	"github.com/cognitionos/sdk-platform/sdks/go/internal/policy"
	"github.com/cognitionos/sdk-platform/sdks/go/option"
)

func TestResilience(t *testing.T) {
	ctx := context.Background()
	adminKey := env["COGNITIONOS_ADMIN_KEY"]

	t.Run("idempotency.replay", func(t *testing.T) {
		key := option.WithIdempotencyKey(unique("replay"))
		params := cognitionos.TenantNewParams{Name: unique("replayed")}
		var first, second *http.Response
		a := must(admin.Tenants.New(ctx, params, key, option.WithResponseInto(&first)))(t)
		b := must(admin.Tenants.New(ctx, params, key, option.WithResponseInto(&second)))(t)
		if a.JSON.RawJSON() != b.JSON.RawJSON() || second.Header.Get("Idempotent-Replayed") != "true" || first.Header.Get("Idempotent-Replayed") == "true" {
			t.Errorf("first %s (replayed %q), second %s (replayed %q)", a.JSON.RawJSON(), first.Header.Get("Idempotent-Replayed"), b.JSON.RawJSON(), second.Header.Get("Idempotent-Replayed"))
		}
	})

	t.Run("retries.rate_limit", func(t *testing.T) {
		rec := &recorder{}
		limited := clientFor(adminKey, "COGNITIONOS_LIMITED_BASE_URL", rec.client(), option.WithMaxRetries(4))
		var wg sync.WaitGroup
		failures := make(chan error, 6)
		for range 6 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if _, err := limited.Tenants.List(ctx, cognitionos.TenantListParams{Limit: cognitionos.Int(1)}); err != nil {
					failures <- err
				}
			}()
		}
		wg.Wait()
		close(failures)
		for err := range failures {
			t.Errorf("a call failed: %v", err)
		}
		seen := rec.seen()
		limitedAt := slices.IndexFunc(seen, func(e exchange) bool { return e.status == 429 })
		if limitedAt < 0 {
			t.Fatal("the burst never met the 3/1 s limit")
		}
		waited := seen[limitedAt]
		retryAfter, _ := strconv.Atoi(waited.retryAfter)
		retry := slices.IndexFunc(seen[limitedAt+1:], func(e exchange) bool { return e.header.Get(policy.RetryCountHeader) != "" })
		if retryAfter <= 0 || retry < 0 {
			t.Fatalf("Retry-After %q, retry at %d", waited.retryAfter, retry)
		}
		if gap := seen[limitedAt+1+retry].sentAt.Sub(waited.sentAt); gap < time.Duration(retryAfter)*time.Second-50*time.Millisecond {
			t.Errorf("retried after %v, Retry-After said %d s", gap, retryAfter)
		}
	})

	t.Run("retries.timeout", func(t *testing.T) {
		slow := clientFor(adminKey, "COGNITIONOS_SLOW_BASE_URL", option.WithRequestTimeout(300*time.Millisecond), option.WithMaxRetries(0))
		_, err := slow.Tenants.List(ctx, cognitionos.TenantListParams{})
		var timeout *cognitionos.TimeoutError
		if !errors.As(err, &timeout) || !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("slow answer: %v", err)
		}
	})

	t.Run("retries.idempotency_key_stable", func(t *testing.T) {
		rec := &recorder{}
		// Every answer of the slow server takes 1.5 s, so each attempt times out and is retried.
		slow := clientFor(adminKey, "COGNITIONOS_SLOW_BASE_URL", rec.client(), option.WithRequestTimeout(400*time.Millisecond), option.WithMaxRetries(2))
		name := unique("stable")
		var timeout *cognitionos.TimeoutError
		if _, err := slow.Tenants.New(ctx, cognitionos.TenantNewParams{Name: name}); !errors.As(err, &timeout) {
			t.Fatalf("want a timeout, got %v", err)
		}
		var counts []string
		keys := map[string]bool{}
		for _, e := range rec.seen() {
			counts = append(counts, e.header.Get(policy.RetryCountHeader))
			keys[e.header.Get(policy.IdempotencyHeader)] = true
		}
		if !slices.Equal(counts, []string{"", "1", "2"}) || len(keys) != 1 {
			t.Fatalf("retry counts %q with %d distinct keys", counts, len(keys))
		}
		// The server stored the tenant once: the same key replays it rather than creating another.
		patient := clientFor(adminKey, "COGNITIONOS_SLOW_BASE_URL", option.WithRequestTimeout(10*time.Second))
		var key string
		for k := range keys {
			key = k
		}
		var replay *http.Response
		must(patient.Tenants.New(ctx, cognitionos.TenantNewParams{Name: name}, option.WithIdempotencyKey(key), option.WithResponseInto(&replay)))(t)
		if replay.Header.Get("Idempotent-Replayed") != "true" {
			t.Error("the same key did not replay")
		}
		named := 0
		for tenant, err := range patient.Tenants.ListAutoPaging(ctx, cognitionos.TenantListParams{Limit: cognitionos.Int(100)}) {
			if err != nil {
				t.Fatal(err)
			}
			if tenant.Name == name {
				named++
			}
		}
		if named != 1 {
			t.Errorf("%d tenants named %s", named, name)
		}
	})

	t.Run("compat.newer_server", func(t *testing.T) {
		newerAdmin := clientFor(adminKey, "COGNITIONOS_NEWER_BASE_URL")
		session := newTenant(t, "COGNITIONOS_NEWER_BASE_URL")
		read := must(newerAdmin.Tenants.Get(ctx, session.tenant.ID))(t)
		if read.Status != "archived" || read.JSON.ExtraFields["newer_field"] == nil {
			t.Errorf("newer tenant %s", read.JSON.RawJSON())
		}
		workflow := must(session.client.Workflows.New(ctx, cognitionos.WorkflowNewParams{Name: unique("newer"), Steps: []cognitionos.WorkflowStep{delay(1)}}))(t)
		listed := must(session.client.Workflows.List(ctx, cognitionos.WorkflowListParams{}))(t)
		fetched := must(session.client.Workflows.Get(ctx, workflow.ID))(t)
		inList := listed.Data[slices.IndexFunc(listed.Data, func(w cognitionos.Workflow) bool { return w.ID == workflow.ID })]
		for _, steps := range [][]cognitionos.WorkflowStep{workflow.Steps, fetched.Steps, inList.Steps} {
			unknown := slices.IndexFunc(steps, func(s cognitionos.WorkflowStep) bool { return s.Type == "webhook" })
			if unknown < 0 || steps[unknown].JSON.RawJSON() != `{"type":"webhook","url":"https://hooks.example/x"}` {
				t.Errorf("steps %s", stepsJSON(t, steps))
			}
		}
		var statuses []cognitionos.TenantStatus
		for tenant, err := range newerAdmin.Tenants.ListAutoPaging(ctx, cognitionos.TenantListParams{Limit: cognitionos.Int(2)}) {
			if err != nil {
				t.Fatal(err)
			}
			statuses = append(statuses, tenant.Status)
		}
		if !slices.Contains(statuses, "archived") {
			t.Errorf("statuses %v", statuses)
		}
	})

	t.Run("faults.no_loss_no_duplicate", func(t *testing.T) {
		session := newTenant(t, "COGNITIONOS_FAULTFREE_BASE_URL")
		faulty := clientFor(session.apiKey, "COGNITIONOS_FAULTY_BASE_URL", option.WithMaxRetries(10), option.WithRequestTimeout(time.Second))
		prefix := unique("fault")
		markers := make([]string, 100)
		for i := range markers {
			markers[i] = fmt.Sprintf("%s-%d", prefix, i)
		}
		for batch := 0; batch < len(markers); batch += 10 {
			var wg sync.WaitGroup
			for _, content := range markers[batch : batch+10] {
				wg.Add(1)
				go func() {
					defer wg.Done()
					if _, err := faulty.Memories.New(ctx, cognitionos.MemoryNewParams{Scope: cognitionos.MemoryScopePrivate, Content: content}); err != nil {
						t.Errorf("create %s: %v", content, err)
					}
				}()
			}
			wg.Wait()
		}
		stored := map[string]int{}
		faultFree := clientFor(session.apiKey, "COGNITIONOS_FAULTFREE_BASE_URL")
		for memory, err := range faultFree.Memories.ListAutoPaging(ctx, cognitionos.MemoryListParams{Limit: cognitionos.Int(100)}) {
			if err != nil {
				t.Fatal(err)
			}
			stored[memory.Content]++
		}
		for _, marker := range markers {
			if stored[marker] != 1 {
				t.Errorf("tenant %s: %s stored %d times", session.tenant.ID, marker, stored[marker])
			}
		}
		if len(stored) != 100 {
			t.Errorf("%d distinct memories stored, want 100", len(stored))
		}
	})
}
