package cognitionos_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"

	"github.com/cognitionos/sdk-platform/sdks/go"
	"github.com/cognitionos/sdk-platform/sdks/go/option"
)

// The examples run against exampleAPI, which answers each call they make as the API would, so their
// output is checked by go test. Against the real API, leave out option.WithBaseURL.

const (
	workflowJSON  = `{"id":"wf_1","name":"remember-meeting","description":null,"steps":[{"type":"delay","duration_ms":250},{"type":"memory_write","scope":"private","content":"Met {{input.customer}} today."}],"created_at":"2026-11-23T09:00:00Z","updated_at":"2026-11-23T09:00:00Z"}`
	executionJSON = `{"id":"exec_1","workflow_id":"wf_1","status":"%s","input":{"customer":"Acme"},"output":null,"error":null,"steps":[],"created_at":"2026-11-23T09:00:00Z","started_at":null,"finished_at":null}`
	memoryJSON    = `{"id":"mem_1","scope":"private","agent_id":null,"content":"Acme prefers email.","tags":["crm"],"metadata":{},"tier":"hot","access_count":0,"created_at":"2026-11-23T09:00:00Z","last_accessed_at":null}`
)

var exampleAnswers = map[string]answer{
	"GET /health":                  ok(`{"status":"ok","version":"3.0.0","uptime_seconds":12.5,"store":"ok"}`),
	"POST /tenants":                ok(tenantJSON),
	"GET /tenants":                 ok(`{"data":[` + tenantJSON + `],"has_more":false,"next_cursor":null}`),
	"POST /tenants/ten_1/api_keys": ok(`{"id":"key_1","tenant_id":"ten_1","name":"ci","masked":"cog_…a1b2","created_at":"2026-11-23T09:00:00Z","last_used_at":null,"revoked_at":null,"secret":"cog_0123456789abcdef0123456789abcdefa1b2"}`),
	"PATCH /tenants/ten_1/subscription": ok(`{"tenant_id":"ten_1","plan":"enterprise","seats":25,"status":"active","cancel_at_period_end":false,` +
		`"current_period_start":"2026-11-01T00:00:00Z","current_period_end":"2026-12-01T00:00:00Z","created_at":"2026-11-23T09:00:00Z","updated_at":"2026-11-23T09:00:00Z"}`),
	"POST /tenants/ten_1/plugins":           ok(`{"id":"plg_1","tenant_id":"ten_1","name":"crm-sync","version":"1.2.0","permissions":["memory:read"],"enabled":true,"config":{"channel":"#ops"},"created_at":"2026-11-23T09:00:00Z","updated_at":"2026-11-23T09:00:00Z"}`),
	"POST /workflows":                       ok(workflowJSON),
	"POST /workflows/wf_1/executions":       ok(fmt.Sprintf(executionJSON, "queued")),
	"GET /workflows/wf_1/executions/exec_1": ok(fmt.Sprintf(executionJSON, "succeeded")),
	"POST /memories/search":                 ok(`{"data":[{"memory":` + memoryJSON + `,"score":0.92}]}`),
	"POST /usage":                           ok(`{"id":"use_1","metric":"tokens","quantity":1200,"timestamp":"2026-11-23T09:00:00Z","created_at":"2026-11-23T09:00:00Z"}`),
	"POST /workflows/wf_1/executions/exec_1/cancel": {status: http.StatusConflict, header: map[string]string{"X-Should-Retry": "false"},
		body: `{"type":"about:blank","title":"Conflict","status":409,"detail":"Execution exec_1 is already succeeded.","request_id":"req_1"}`},
}

// notFound answers any other call.
var notFound = answer{status: http.StatusNotFound, body: `{"type":"about:blank","title":"Not Found","status":404,"detail":"No such object.","request_id":"req_1"}`}

// exampleClient is a client of an API that answers per exampleAnswers; stop it when done.
func exampleClient() (client *cognitionos.Client, stop func()) {
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		answer, known := exampleAnswers[r.Method+" "+strings.TrimPrefix(r.URL.Path, "/api/v3")]
		if !known {
			answer = notFound
		}
		for name, value := range answer.header {
			w.Header().Set(name, value)
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("X-Request-Id", "req_1")
		w.WriteHeader(answer.status)
		_, _ = w.Write([]byte(answer.body))
	}))
	return cognitionos.NewClient(option.WithAPIKey("cog_example_key_0123"), option.WithBaseURL(api.URL+"/api/v3")), api.Close
}

// The DESIGN example: make a tenant, then find it through the auto-paging list.
func Example() {
	client, stop := exampleClient()
	defer stop()
	ctx := context.Background()
	tenant, err := client.Tenants.New(ctx, cognitionos.TenantNewParams{Name: "Acme"})
	if err != nil {
		panic(err)
	}
	for t, err := range client.Tenants.ListAutoPaging(ctx, cognitionos.TenantListParams{Limit: cognitionos.Int(50)}) {
		if err != nil {
			panic(err)
		}
		fmt.Println(t.ID == tenant.ID, t.Name)
	}
	// Output: true Acme
}

func ExampleHealthService_Check() {
	client, stop := exampleClient()
	defer stop()
	health, err := client.Health.Check(context.Background())
	if err != nil {
		panic(err)
	}
	fmt.Println(health.Status, health.Store)
	// Output: ok ok
}

func ExampleTenantService_List() {
	client, stop := exampleClient()
	defer stop()
	ctx := context.Background()
	page, err := client.Tenants.List(ctx, cognitionos.TenantListParams{Limit: cognitionos.Int(20)})
	for page != nil && err == nil {
		for _, tenant := range page.Data {
			fmt.Println(tenant.ID, tenant.Status)
		}
		page, err = page.GetNextPage(ctx)
	}
	if err != nil {
		panic(err)
	}
	// Output: ten_1 active
}

func ExampleTenantAPIKeyService_New() {
	client, stop := exampleClient()
	defer stop()
	key, err := client.Tenants.APIKeys.New(context.Background(), "ten_1", cognitionos.TenantAPIKeyNewParams{Name: "ci"})
	if err != nil {
		panic(err)
	}
	// key.Secret is shown only in this answer: store it now. Printing the key redacts it.
	fmt.Println(key.Masked, strings.Contains(fmt.Sprint(key), key.Secret))
	// Output: cog_…a1b2 false
}

func ExampleTenantSubscriptionService_Update() {
	client, stop := exampleClient()
	defer stop()
	sub, err := client.Tenants.Subscription.Update(context.Background(), "ten_1", cognitionos.TenantSubscriptionUpdateParams{Plan: cognitionos.PlanEnterprise, Seats: cognitionos.Int(25)})
	if err != nil {
		panic(err)
	}
	fmt.Println(sub.Plan, sub.Seats)
	// Output: enterprise 25
}

func ExampleTenantPluginService_Install() {
	client, stop := exampleClient()
	defer stop()
	plugin, err := client.Tenants.Plugins.Install(context.Background(), "ten_1", cognitionos.TenantPluginInstallParams{
		Name: "crm-sync", Version: "1.2.0",
		Permissions: []cognitionos.PluginPermission{cognitionos.PluginPermissionMemoryRead},
		Config:      cognitionos.PluginConfig{"channel": "#ops"},
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(plugin.Name, plugin.Enabled, plugin.Config["channel"])
	// Output: crm-sync true #ops
}

func ExampleWorkflowService_New() {
	client, stop := exampleClient()
	defer stop()
	workflow, err := client.Workflows.New(context.Background(), cognitionos.WorkflowNewParams{
		Name: "remember-meeting",
		Steps: []cognitionos.WorkflowStep{
			{Delay: &cognitionos.DelayStep{DurationMs: 250}},
			{MemoryWrite: &cognitionos.MemoryWriteStep{Scope: cognitionos.MemoryScopePrivate, Content: "Met {{input.customer}} today."}},
		},
	})
	if err != nil {
		panic(err)
	}
	for _, step := range workflow.Steps {
		fmt.Println(step.Type)
	}
	// Output:
	// delay
	// memory_write
}

func ExampleWorkflowExecutionService_NewAndPoll() {
	client, stop := exampleClient()
	defer stop()
	execution, err := client.Workflows.Executions.NewAndPoll(context.Background(), "wf_1",
		cognitionos.WorkflowExecutionNewParams{Input: map[string]any{"customer": "Acme"}},
		option.WithPollInterval(10*time.Millisecond), option.WithPollTimeout(time.Minute))
	if err != nil {
		panic(err)
	}
	fmt.Println(execution.ID, execution.Status)
	// Output: exec_1 succeeded
}

func ExampleMemoryService_Search() {
	client, stop := exampleClient()
	defer stop()
	result, err := client.Memories.Search(context.Background(), cognitionos.MemorySearchParams{Query: "how does Acme like to be contacted", TopK: cognitionos.Int(3)})
	if err != nil {
		panic(err)
	}
	for _, hit := range result.Data {
		fmt.Println(hit.Score, hit.Memory.Content)
	}
	// Output: 0.92 Acme prefers email.
}

func ExampleUsageService_Record() {
	client, stop := exampleClient()
	defer stop()
	record, err := client.Usage.Record(context.Background(), cognitionos.UsageRecordParams{Metric: "tokens", Quantity: 1200})
	if err != nil {
		panic(err)
	}
	fmt.Println(record.Metric, record.Quantity)
	// Output: tokens 1200
}

// An answer with a 4xx or 5xx status is an *Error: errors.Is matches its class, errors.As gives
// the status, the request id and the problem; the message names the call by its path template.
func ExampleError() {
	client, stop := exampleClient()
	defer stop()
	_, err := client.Tenants.Get(context.Background(), "ten_missing")
	var apiErr *cognitionos.Error
	if errors.As(err, &apiErr) && errors.Is(err, cognitionos.ErrNotFound) {
		fmt.Println(apiErr.StatusCode, apiErr.RequestID, apiErr.Problem.Detail)
	}
	_, err = client.Workflows.Executions.Cancel(context.Background(), "wf_1", "exec_1")
	fmt.Println(errors.Is(err, cognitionos.ErrConflict), err)
	// Output:
	// 404 req_1 No such object.
	// true POST /workflows/{workflow_id}/executions/{execution_id}/cancel: 409 Conflict: Execution exec_1 is already succeeded. (request req_1)
}
