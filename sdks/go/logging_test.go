// Copied from generators/go/tests/logging_test.go by npm run generate: do not edit here, edit there.

package cognitionos_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"os"
	"strings"
	"testing"

	"github.com/cognitionos/sdk-platform/sdks/go"
	"github.com/cognitionos/sdk-platform/sdks/go/internal/policy"
	"github.com/cognitionos/sdk-platform/sdks/go/option"
)

// Each attempt logs one debug line: method, path, status, request id, attempt, elapsed; never the
// API key.
func TestDebugLogPerAttempt(t *testing.T) {
	var out bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&out, &slog.HandlerOptions{Level: slog.LevelDebug}))
	_, client := serve(t, problem(503, map[string]string{"Retry-After": "0", "X-Request-Id": "req_a"}), answer{status: 200, header: map[string]string{"X-Request-Id": "req_b"}, body: tenantJSON})
	if _, err := client.Tenants.Get(context.Background(), "ten_1", option.WithLogger(logger)); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want one per attempt:\n%s", len(lines), out.String())
	}
	for i, want := range [][]string{
		{"level=DEBUG", "method=GET", "path=/api/v3/tenants/ten_1", "status=503", "request_id=req_a", "attempt=1", "elapsed="},
		{"method=GET", "status=200", "request_id=req_b", "attempt=2"},
	} {
		for _, part := range want {
			if !strings.Contains(lines[i], part) {
				t.Errorf("line %d %q lacks %q", i+1, lines[i], part)
			}
		}
	}
	if strings.Contains(out.String(), testKey) {
		t.Error("the log shows the API key")
	}
}

// COGNITIONOS_LOG=debug turns the same log on, to stderr, without code.
func TestDebugLogFromEnvironment(t *testing.T) {
	fake, _ := serve(t, ok(tenantJSON))
	t.Setenv(policy.LogEnv, "debug")
	read, write, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr := os.Stderr
	os.Stderr = write
	client := cognitionos.NewClient(option.WithAPIKey(testKey), option.WithBaseURL(fake.baseURL))
	os.Stderr = stderr
	_, err = client.Tenants.Get(context.Background(), "ten_1")
	write.Close()
	logged, _ := io.ReadAll(read)
	if err != nil || !strings.Contains(string(logged), "path=/api/v3/tenants/ten_1") || strings.Contains(string(logged), testKey) {
		t.Errorf("err %v, logged %q", err, logged)
	}
}
