// Code generated from generators/go/runtime/retry.go by npm run generate; DO NOT EDIT.

package cognitionos

import (
	"math/rand/v2"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cognitionos/sdk-platform/sdks/go/internal/policy"
)

// repeatable: only requests that are safe to send twice are retried (GET, DELETE, or carrying an
// Idempotency-Key, which makes the server replay rather than repeat).
func repeatable(req *http.Request) bool {
	return slices.Contains(policy.RetryMethods, req.Method) || req.Header.Get(policy.IdempotencyHeader) != ""
}

func idempotent(method string) bool {
	return slices.Contains(policy.IdempotentMethods, method)
}

func retryableStatus(status int) bool {
	return slices.Contains(policy.RetryStatuses, status) || (policy.RetryServerErrors && status >= 500)
}

// retryDelay is the wait before retry number retry (1-based): a sane Retry-After wins; otherwise
// exponential backoff, minus up to policy.Jitter of it so clients that failed together do not
// retry together.
func retryDelay(retry int, retryAfter string) time.Duration {
	if wait, ok := parseRetryAfter(retryAfter, time.Now()); ok && wait >= 0 && wait <= policy.MaxRetryAfter {
		return wait
	}
	backoff := min(policy.InitialDelay<<min(retry-1, 20), policy.MaxDelay)
	return time.Duration(float64(backoff) * (1 - policy.Jitter*rand.Float64()))
}

// parseRetryAfter reads Retry-After as (possibly decimal) seconds or an HTTP-date.
func parseRetryAfter(value string, now time.Time) (time.Duration, bool) {
	value = strings.TrimSpace(value)
	if value == "" {
		return 0, false
	}
	if seconds, err := strconv.ParseFloat(value, 64); err == nil {
		return time.Duration(seconds * float64(time.Second)), true
	}
	if date, err := http.ParseTime(value); err == nil {
		return date.Sub(now), true
	}
	return 0, false
}
