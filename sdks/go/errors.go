// Copied from generators/go/runtime/errors.go by npm run generate: do not edit here, edit there.

package cognitionos

import (
	"context"
	"encoding/json"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/cognitionos/sdk-platform/sdks/go/internal/policy"
)

// Error is an answer with a 4xx or 5xx status. errors.Is matches it against its class's sentinel
// (ErrNotFound, ErrRateLimit, ...); errors.As gives its status, request id, problem and headers.
type Error struct {
	// StatusCode is the HTTP status of the answer.
	StatusCode int
	// RequestID is the answer's X-Request-Id: quote it when reporting a problem.
	RequestID string
	// Problem is the RFC 9457 body: title, detail and, for bad input, the offending fields.
	Problem *ProblemDetails
	// Header holds the answer's headers (Retry-After, RateLimit, ...).
	Header http.Header
	// IdempotencyKey is the key a POST was sent with: send the call again with it
	// (option.WithIdempotencyKey) and the server replays the first answer instead of writing twice.
	IdempotencyKey string
	// Method and Path name the call; Path is the spec's path template (/tenants/{tenant_id}), so
	// messages and logs group one operation's errors whatever the ids.
	Method, Path string
}

// Error follows the policy's message format: the call, status, title, detail, field errors (unless
// the detail already lists them, as the server's 400 does), request id.
func (e *Error) Error() string {
	values := map[string]string{"method": e.Method, "path": e.Path, "status": strconv.Itoa(e.StatusCode), "request_id": e.RequestID}
	if e.Problem != nil {
		values["title"], values["detail"] = e.Problem.Title, e.Problem.Detail
		if listed := fieldErrors(e.Problem.Errors); listed != e.Problem.Detail {
			values["field_errors"] = listed
		}
	}
	if values["title"] == "" {
		values["title"] = http.StatusText(e.StatusCode)
	}
	return formatMessage(policy.APIErrorMessage, values)
}

// Unwrap gives the sentinel of the error's class, so errors.Is(err, ErrNotFound) matches.
func (e *Error) Unwrap() error { return classOf(e.StatusCode) }

func fieldErrors(errs []FieldError) string {
	parts := make([]string, len(errs))
	for i, fe := range errs {
		parts[i] = formatMessage(policy.FieldErrorMessage, map[string]string{"path": fe.Path, "message": fe.Message})
	}
	return strings.Join(parts, policy.FieldErrorSeparator)
}

// newAPIError reads the problem body; a proxy's HTML or text answer stays readable as the detail.
func newAPIError(resp *http.Response, body []byte) *Error {
	problem := &ProblemDetails{}
	if json.Unmarshal(body, problem) != nil {
		problem = &ProblemDetails{Title: http.StatusText(resp.StatusCode), Status: int64(resp.StatusCode), Detail: truncate(string(body), policy.RawDetailMaxChars)}
	}
	requestID := resp.Header.Get(policy.RequestIDHeader)
	if requestID == "" {
		requestID = problem.RequestID
	}
	return &Error{StatusCode: resp.StatusCode, RequestID: requestID, Problem: problem, Header: resp.Header}
}

func truncate(text string, limit int) string {
	if len(text) > limit {
		return text[:limit]
	}
	return text
}

// ConnectionError is a request that got no answer: refused, reset or dropped. It wraps the
// network error.
type ConnectionError struct {
	// Err is the network error.
	Err error
	// IdempotencyKey is the key a POST was sent with (see Error.IdempotencyKey).
	IdempotencyKey string
	// Method and Path name the call (see Error.Path).
	Method, Path string
}

// Error names the call and the cause, in the policy's connection message format.
func (e *ConnectionError) Error() string {
	return formatMessage(policy.ConnectionErrorMessage, map[string]string{"method": e.Method, "path": e.Path, "cause": e.Err.Error()})
}

// Unwrap gives the network error.
func (e *ConnectionError) Unwrap() error { return e.Err }

// TimeoutError is an attempt that outlived its timeout (option.WithRequestTimeout). It matches
// context.DeadlineExceeded with errors.Is.
type TimeoutError struct {
	// Timeout is the per-attempt timeout the call was given.
	Timeout time.Duration
	// IdempotencyKey is the key a POST was sent with (see Error.IdempotencyKey).
	IdempotencyKey string
	// Method and Path name the call (see Error.Path).
	Method, Path string
}

// Error names the call and states the timeout it was given, in the policy's timeout message format.
func (e *TimeoutError) Error() string {
	values := map[string]string{"method": e.Method, "path": e.Path, "timeout_ms": strconv.FormatInt(e.Timeout.Milliseconds(), 10)}
	return formatMessage(policy.TimeoutMessage, values)
}

// Unwrap gives context.DeadlineExceeded.
func (e *TimeoutError) Unwrap() error { return context.DeadlineExceeded }

// InvalidParamError is a path parameter that could change the route ("", "." or ".."): refused
// before any request is sent.
type InvalidParamError struct {
	// Param is the path parameter's name in the spec (tenant_id).
	Param string
	// Value is what the caller gave it.
	Value string
}

// Error names the parameter and its value, in the policy's invalid path parameter format.
func (e *InvalidParamError) Error() string {
	return formatMessage(policy.InvalidPathParamMessage, map[string]string{"param": e.Param, "value": "'" + e.Value + "'"})
}

// Unwrap gives ErrBadRequest: the call was refused as bad input, only before it was sent.
func (e *InvalidParamError) Unwrap() error { return ErrBadRequest }

// InvalidHeaderError is a header value the caller set (WithHeader, WithIdempotencyKey) that holds a
// CR or LF, which would split the request: refused before any request is sent.
type InvalidHeaderError struct {
	// Name is the header's name.
	Name string
}

// Error names the header.
func (e *InvalidHeaderError) Error() string {
	return e.Name + " must not contain CR or LF"
}

// Unwrap gives ErrBadRequest: the call was refused as bad input, only before it was sent.
func (e *InvalidHeaderError) Unwrap() error { return ErrBadRequest }

// PollTimeoutError is a ...AndPoll call whose object was still not finished when polling ended.
type PollTimeoutError struct {
	// Status is the last status read.
	Status string
	// Timeout is the poll timeout that passed (option.WithPollTimeout).
	Timeout time.Duration
}

// Error states the last status seen and the poll timeout, in the policy's poll timeout format.
func (e *PollTimeoutError) Error() string {
	return formatMessage(policy.PollTimeoutMessage, map[string]string{"status": e.Status, "timeout_ms": strconv.FormatInt(e.Timeout.Milliseconds(), 10)})
}

// describe records on err the call it ended (method and path) and the Idempotency-Key req was sent
// with, if any.
func describe(err error, req *http.Request, c call) error {
	key := req.Header.Get(policy.IdempotencyHeader)
	switch e := err.(type) {
	case *Error:
		e.IdempotencyKey, e.Method, e.Path = key, c.method, c.route
	case *ConnectionError:
		e.IdempotencyKey, e.Method, e.Path = key, c.method, c.route
	case *TimeoutError:
		e.IdempotencyKey, e.Method, e.Path = key, c.method, c.route
	}
	return err
}

// messageGroup is one `{name}` or `{prefix name suffix}` of a policy message: the name is the last
// snake_case word, and the whole group vanishes when its value is empty or missing.
var messageGroup = regexp.MustCompile(`\{([^{}]*?)([a-z_]+)([^{}a-z_]*)\}`)

// formatMessage fills a policy message template, as generators/policy/policy.ts formatMessage does.
func formatMessage(template string, values map[string]string) string {
	return messageGroup.ReplaceAllStringFunc(template, func(group string) string {
		parts := messageGroup.FindStringSubmatch(group)
		if value := values[parts[2]]; value != "" {
			return parts[1] + value + parts[3]
		}
		return ""
	})
}
