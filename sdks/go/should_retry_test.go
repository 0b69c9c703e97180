// Copied from generators/go/tests/should_retry_test.go by npm run generate: do not edit here, edit there.

package cognitionos_test

import (
	"context"
	"errors"
	"testing"

	"github.com/cognitionos/sdk-platform/sdks/go"
)

// The server's x-should-retry decides before the policy's table: false stops a retry the table
// would make (a 409 state conflict), true retries a status the table would not.
func TestShouldRetryHeader(t *testing.T) {
	cases := []struct {
		name     string
		status   int
		header   string
		requests int
	}{
		{"false vetoes a retryable 409", 409, "false", 1},
		{"false vetoes a retryable 503", 503, "false", 1},
		{"true retries a 400", 400, "true", 2},
		{"absent: the table retries a 409", 409, "", 2},
		{"absent: the table does not retry a 400", 400, "", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			header := map[string]string{"Retry-After": "0"}
			if c.header != "" {
				header["x-should-retry"] = c.header
			}
			fake, client := serve(t, problem(c.status, header), ok(tenantJSON))
			_, err := client.Tenants.Get(context.Background(), "ten_1")
			if got := len(fake.seen()); got != c.requests {
				t.Errorf("%d requests, want %d (err %v)", got, c.requests, err)
			}
			var apiErr *cognitionos.Error
			if (c.requests == 1) != errors.As(err, &apiErr) {
				t.Errorf("err = %v", err)
			}
		})
	}
}
