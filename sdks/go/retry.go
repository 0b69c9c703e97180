// Copied from generators/go/runtime/retry.go by npm run generate: do not edit here, edit there.

package cognitionos

import (
	"errors"
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
	keyed := policy.IdempotencyKeyMakesRetryable && req.Header.Get(policy.IdempotencyHeader) != ""
	return slices.Contains(policy.RepeatableMethods, req.Method) || keyed
}

// retryableError: the policy names which errors without an answer are retried.
func retryableError(err error) bool {
	var timeout *TimeoutError
	var connection *ConnectionError
	return (errors.As(err, &timeout) && policy.RetryTimeouts) || (errors.As(err, &connection) && policy.RetryConnectionErrors)
}

// ms is a policy duration, stated in milliseconds.
func ms(n int) time.Duration { return time.Duration(n) * time.Millisecond }

func idempotent(method string) bool {
	return slices.Contains(policy.IdempotencyMethods, method)
}

// shouldRetry: the server's x-should-retry (true or false) decides first, as it knows whether a
// 409 is a key still in progress or a state that will not change; otherwise the policy's table.
func shouldRetry(resp *http.Response) bool {
	switch strings.ToLower(strings.TrimSpace(resp.Header.Get(policy.ShouldRetryHeader))) {
	case "true":
		return true
	case "false":
		return false
	}
	return retryableStatus(resp.StatusCode)
}

func retryableStatus(status int) bool {
	return slices.Contains(policy.RetryableStatuses, status) || (policy.RetryServerErrors && status >= 500)
}

// retryDelay is the wait before retry number retry (1-based): a sane Retry-After wins; otherwise
// exponential backoff, minus up to policy.Jitter of it so clients that failed together do not
// retry together.
func retryDelay(retry int, retryAfter string) time.Duration {
	if wait, ok := parseRetryAfter(retryAfter, time.Now()); ok && wait >= 0 && wait <= ms(policy.MaxRetryAfterMs) {
		return wait
	}
	backoff := min(ms(policy.InitialDelayMs)<<min(retry-1, 20), ms(policy.MaxDelayMs))
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
