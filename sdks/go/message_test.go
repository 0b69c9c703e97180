// Copied from generators/go/tests/message_test.go by npm run generate: do not edit here, edit there.

package cognitionos

import (
	"testing"

	"github.com/cognitionos/sdk-platform/sdks/go/internal/policy"
)

// The cases generators/policy/policy.test.ts checks formatMessage with: every runtime agrees.
func TestFormatMessage(t *testing.T) {
	cases := []struct {
		template string
		values   map[string]string
		want     string
	}{
		{policy.APIErrorMessage, map[string]string{"status": "404", "title": "Not Found", "detail": "no tenant ten_x", "field_errors": "name: required", "request_id": "req_1"}, "404 Not Found: no tenant ten_x [name: required] (request req_1)"},
		{policy.APIErrorMessage, map[string]string{"status": "500", "title": "Internal Server Error"}, "500 Internal Server Error"},
		{policy.APIErrorMessage, map[string]string{"status": "400", "title": "Bad Request", "detail": "", "request_id": "req_2"}, "400 Bad Request (request req_2)"},
		{policy.TimeoutMessage, map[string]string{"timeout_ms": "1500"}, "Request timed out after 1500 ms"},
		{policy.InvalidPathParamMessage, map[string]string{"param": "key_id", "value": "'..'"}, "key_id must be a non-empty id that is not '.' or '..'; got '..'"},
		{policy.UserAgent, map[string]string{"language": "python", "version": "1.2.3", "runtime": "python", "runtime_version": "3.11.2"}, "cognitionos-sdk-python/1.2.3 (python/3.11.2)"},
	}
	for _, c := range cases {
		if got := formatMessage(c.template, c.values); got != c.want {
			t.Errorf("formatMessage(%q) = %q, want %q", c.template, got, c.want)
		}
	}
}
