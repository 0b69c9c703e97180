// Copied from generators/go/contract/workflows_test.go by npm run generate: do not edit here, edit there.

//go:build contract

package contract

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cognitionos/sdk-platform/sdks/go"
	"github.com/cognitionos/sdk-platform/sdks/go/option"
)

func delay(ms int64) cognitionos.WorkflowStep {
	return cognitionos.WorkflowStep{Delay: &cognitionos.DelayStep{DurationMs: ms}}
}

func stepsJSON(t *testing.T, steps []cognitionos.WorkflowStep) string {
	t.Helper()
	encoded, err := json.Marshal(steps)
	if err != nil {
		t.Fatal(err)
	}
	return string(encoded)
}

func TestWorkflows(t *testing.T) {
	ctx := context.Background()
	client := newTenant(t, "COGNITIONOS_BASE_URL").client

	t.Run("workflows.crud", func(t *testing.T) {
		workflow := must(client.Workflows.New(ctx, cognitionos.WorkflowNewParams{Name: unique("wf"), Description: cognitionos.String("first"), Steps: []cognitionos.WorkflowStep{delay(1)}}))(t)
		if !strings.HasPrefix(workflow.ID, "wf_") {
			t.Fatalf("created %+v", workflow)
		}
		var listed []string
		for w, err := range client.Workflows.ListAutoPaging(ctx, cognitionos.WorkflowListParams{Limit: cognitionos.Int(1)}) {
			if err != nil {
				t.Fatal(err)
			}
			listed = append(listed, w.ID)
		}
		if !slices.Contains(listed, workflow.ID) {
			t.Errorf("listed %v lacks %s", listed, workflow.ID)
		}
		if read := must(client.Workflows.Get(ctx, workflow.ID))(t); read.JSON.RawJSON() != workflow.JSON.RawJSON() {
			t.Errorf("read %s, created %s", read.JSON.RawJSON(), workflow.JSON.RawJSON())
		}
		usage := []cognitionos.WorkflowStep{{UsageRecord: &cognitionos.UsageRecordStep{Metric: "tokens", Quantity: 1}}}
		updated := must(client.Workflows.Update(ctx, workflow.ID, cognitionos.WorkflowUpdateParams{Description: cognitionos.String("second"), Steps: usage}))(t)
		if updated.ID != workflow.ID || updated.Description != "second" || stepsJSON(t, updated.Steps) != stepsJSON(t, usage) {
			t.Errorf("updated %+v", updated)
		}
		if err := client.Workflows.Delete(ctx, workflow.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := client.Workflows.Get(ctx, workflow.ID); !errors.Is(err, cognitionos.ErrNotFound) {
			t.Errorf("after delete: %v", err)
		}
	})

	t.Run("workflows.steps.union", func(t *testing.T) {
		steps := []cognitionos.WorkflowStep{
			delay(5),
			{MemoryWrite: &cognitionos.MemoryWriteStep{Scope: cognitionos.MemoryScopeShared, Content: "note {{input.x}}"}},
			{UsageRecord: &cognitionos.UsageRecordStep{Metric: "tokens", Quantity: 2.5}},
		}
		created := must(client.Workflows.New(ctx, cognitionos.WorkflowNewParams{Name: unique("union"), Steps: steps}))(t)
		read := must(client.Workflows.Get(ctx, created.ID))(t)
		for _, got := range [][]cognitionos.WorkflowStep{created.Steps, read.Steps} {
			if stepsJSON(t, got) != stepsJSON(t, steps) {
				t.Errorf("steps %s, sent %s", stepsJSON(t, got), stepsJSON(t, steps))
			}
		}
		s := read.Steps
		if len(s) != 3 || s[0].Delay.DurationMs != 5 || s[1].MemoryWrite.Content != "note {{input.x}}" || s[2].UsageRecord.Quantity != 2.5 {
			t.Errorf("variants %+v", s)
		}
	})

	t.Run("executions.create_and_poll", func(t *testing.T) {
		marker := unique("marker")
		workflow := must(client.Workflows.New(ctx, cognitionos.WorkflowNewParams{Name: unique("poll"), Steps: []cognitionos.WorkflowStep{{MemoryWrite: &cognitionos.MemoryWriteStep{Scope: cognitionos.MemoryScopePrivate, Content: "Hello {{input.x}}"}}}}))(t)
		execution := must(client.Workflows.Executions.NewAndPoll(ctx, workflow.ID, cognitionos.WorkflowExecutionNewParams{Input: map[string]any{"x": marker}}, option.WithPollInterval(50*time.Millisecond)))(t)
		if execution.WorkflowID != workflow.ID || execution.Status != cognitionos.ExecutionStatusSucceeded || execution.Error != nil {
			t.Fatalf("execution %s", execution.JSON.RawJSON())
		}
		if len(execution.Steps) != 1 || execution.Steps[0].Status != cognitionos.StepStatusSucceeded {
			t.Errorf("steps %+v", execution.Steps)
		}
		var contents []string
		for memory, err := range client.Memories.ListAutoPaging(ctx, cognitionos.MemoryListParams{Scope: cognitionos.MemoryScopePrivate}) {
			if err != nil {
				t.Fatal(err)
			}
			contents = append(contents, memory.Content)
		}
		if !slices.Contains(contents, "Hello "+marker) {
			t.Errorf("memories %v lack the step's write", contents)
		}
	})

	t.Run("executions.list_cancel", func(t *testing.T) {
		workflow := must(client.Workflows.New(ctx, cognitionos.WorkflowNewParams{Name: unique("slow"), Steps: []cognitionos.WorkflowStep{delay(30_000)}}))(t)
		execution := must(client.Workflows.Executions.New(ctx, workflow.ID, cognitionos.WorkflowExecutionNewParams{Input: map[string]any{}}))(t)
		listed := must(client.Workflows.Executions.List(ctx, workflow.ID, cognitionos.WorkflowExecutionListParams{}))(t)
		if !slices.ContainsFunc(listed.Data, func(e cognitionos.Execution) bool { return e.ID == execution.ID }) {
			t.Errorf("list lacks %s", execution.ID)
		}
		must(client.Workflows.Executions.Cancel(ctx, workflow.ID, execution.ID))(t)
		current := must(client.Workflows.Executions.Get(ctx, workflow.ID, execution.ID))(t)
		for i := 0; i < 50 && current.Status != cognitionos.ExecutionStatusCanceled; i++ {
			time.Sleep(100 * time.Millisecond)
			current = must(client.Workflows.Executions.Get(ctx, workflow.ID, execution.ID))(t)
		}
		if current.Status != cognitionos.ExecutionStatusCanceled || current.FinishedAt == nil {
			t.Errorf("after cancel %s", current.JSON.RawJSON())
		}
	})
}
