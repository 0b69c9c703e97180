package cognitionos_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/cognitionos/sdk-platform/sdks/go"
	"github.com/cognitionos/sdk-platform/sdks/go/option"
)

func execution(status string) answer {
	return ok(`{"id":"exec_1","workflow_id":"wf_1","status":"` + status + `","input":{},"output":null,"error":null,"steps":[],"created_at":"2026-11-23T09:00:00Z","started_at":null,"finished_at":null}`)
}

func TestNewAndPoll(t *testing.T) {
	fake, client := serve(t, execution("queued"), execution("running"), execution("succeeded"))
	done, err := client.Workflows.Executions.NewAndPoll(context.Background(), "wf_1", cognitionos.WorkflowExecutionNewParams{}, option.WithPollInterval(time.Millisecond))
	if err != nil || done.Status != cognitionos.ExecutionStatusSucceeded {
		t.Fatalf("%+v, %v", done, err)
	}
	var calls []string
	for _, r := range fake.seen() {
		calls = append(calls, r.Method+" "+r.Path)
	}
	want := "POST /api/v3/workflows/wf_1/executions,GET /api/v3/workflows/wf_1/executions/exec_1,GET /api/v3/workflows/wf_1/executions/exec_1"
	if strings.Join(calls, ",") != want {
		t.Errorf("calls %v", calls)
	}
}

func TestNewAndPollTimesOut(t *testing.T) {
	_, client := serve(t, execution("running"))
	_, err := client.Workflows.Executions.NewAndPoll(context.Background(), "wf_1", cognitionos.WorkflowExecutionNewParams{}, option.WithPollInterval(time.Millisecond), option.WithPollTimeout(5*time.Millisecond))
	var timeout *cognitionos.PollTimeoutError
	if !errors.As(err, &timeout) || err.Error() != "Still running after 5 ms of polling" {
		t.Errorf("err = %v", err)
	}
}
