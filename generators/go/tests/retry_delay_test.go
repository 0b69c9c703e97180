package cognitionos

import (
	"net/http"
	"strconv"
	"testing"
	"time"

	"github.com/cognitionos/sdk-platform/sdks/go/internal/policy"
)

func TestRetryAfterWins(t *testing.T) {
	date := time.Now().Add(3 * time.Second).UTC().Format(http.TimeFormat)
	cases := []struct {
		header   string
		min, max time.Duration
	}{
		{"2", 2 * time.Second, 2 * time.Second},
		{"0.5", 500 * time.Millisecond, 500 * time.Millisecond},
		{date, 1 * time.Second, 3 * time.Second},
	}
	for _, c := range cases {
		if got := retryDelay(1, c.header); got < c.min || got > c.max {
			t.Errorf("Retry-After %q: waited %v, want %v..%v", c.header, got, c.min, c.max)
		}
	}
}

// Absent, unreadable, negative or too long a Retry-After falls back to the policy's backoff.
func TestBackoff(t *testing.T) {
	tooLong := strconv.Itoa(policy.MaxRetryAfterMs/1000 + 1)
	for _, header := range []string{"", "soon", "-1", tooLong} {
		for retry := 1; retry <= 8; retry++ {
			full := min(ms(policy.InitialDelayMs)<<(retry-1), ms(policy.MaxDelayMs))
			lowest := time.Duration(float64(full) * (1 - policy.Jitter))
			if got := retryDelay(retry, header); got < lowest || got > full {
				t.Errorf("retry %d, Retry-After %q: waited %v, want %v..%v", retry, header, got, lowest, full)
			}
		}
	}
}

func TestRepeatable(t *testing.T) {
	cases := []struct {
		method, key string
		want        bool
	}{
		{"GET", "", true}, {"DELETE", "", true}, {"PATCH", "", false}, {"POST", "", false}, {"POST", "k", true},
	}
	for _, c := range cases {
		req, _ := http.NewRequest(c.method, "http://x", nil)
		if c.key != "" {
			req.Header.Set(policy.IdempotencyHeader, c.key)
		}
		if got := repeatable(req); got != c.want {
			t.Errorf("%s with key %q: repeatable = %v", c.method, c.key, got)
		}
	}
}
