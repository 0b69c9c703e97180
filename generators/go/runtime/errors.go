package cognitionos

import (
	"context"
	"encoding/json"
	"net/http"
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
}

// Error follows the policy's message format: status, title, detail, field errors, request id.
func (e *Error) Error() string {
	values := map[string]string{"status": strconv.Itoa(e.StatusCode), "request_id": e.RequestID}
	if e.Problem != nil {
		values["title"], values["detail"] = e.Problem.Title, e.Problem.Detail
		values["field_errors"] = fieldErrors(e.Problem.Errors)
	}
	if values["title"] == "" {
		values["title"] = http.StatusText(e.StatusCode)
	}
	return formatMessage(policy.MessageApiError, values)
}

// Unwrap gives the sentinel of the error's class, so errors.Is(err, ErrNotFound) matches.
func (e *Error) Unwrap() error { return classOf(e.StatusCode) }

func fieldErrors(errs []FieldError) string {
	parts := make([]string, len(errs))
	for i, fe := range errs {
		parts[i] = formatMessage(policy.MessageFieldError, map[string]string{"path": fe.Path, "message": fe.Message})
	}
	return strings.Join(parts, policy.MessageFieldErrorSeparator)
}

// newAPIError reads the problem body; a proxy's HTML or text answer stays readable as the detail.
func newAPIError(resp *http.Response, body []byte) *Error {
	problem := &ProblemDetails{}
	if json.Unmarshal(body, problem) != nil {
		problem = &ProblemDetails{Title: http.StatusText(resp.StatusCode), Status: int64(resp.StatusCode), Detail: truncate(string(body), 500)}
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
	Err error
}

func (e *ConnectionError) Error() string {
	return formatMessage(policy.MessageConnection, map[string]string{"cause": e.Err.Error()})
}

// Unwrap gives the network error.
func (e *ConnectionError) Unwrap() error { return e.Err }

// TimeoutError is an attempt that outlived its timeout (option.WithRequestTimeout). It matches
// context.DeadlineExceeded with errors.Is.
type TimeoutError struct {
	Timeout time.Duration
}

func (e *TimeoutError) Error() string {
	return formatMessage(policy.MessageTimeout, map[string]string{"timeout_ms": strconv.FormatInt(e.Timeout.Milliseconds(), 10)})
}

// Unwrap gives context.DeadlineExceeded.
func (e *TimeoutError) Unwrap() error { return context.DeadlineExceeded }

// InvalidParamError is a path parameter that could change the route ("", "." or ".."): refused
// before any request is sent.
type InvalidParamError struct {
	Param string
	Value string
}

func (e *InvalidParamError) Error() string {
	return formatMessage(policy.MessageInvalidPathParam, map[string]string{"param": e.Param, "value": strconv.Quote(e.Value)})
}

// PollTimeoutError is a ...AndPoll call whose object was still not finished when polling ended.
type PollTimeoutError struct {
	Status  string
	Timeout time.Duration
}

func (e *PollTimeoutError) Error() string {
	return formatMessage(policy.MessagePollTimeout, map[string]string{"status": e.Status, "timeout_ms": strconv.FormatInt(e.Timeout.Milliseconds(), 10)})
}

// formatMessage fills a policy message template. `{name}` is replaced by its value; a group with
// more text around the name (`{: detail}`, `{ (request request_id)}`) appears only when the value
// is not empty.
func formatMessage(template string, values map[string]string) string {
	var out strings.Builder
	for {
		open := strings.IndexByte(template, '{')
		closing := strings.IndexByte(template[max(open, 0):], '}') + max(open, 0)
		if open < 0 || closing < open {
			out.WriteString(template)
			return out.String()
		}
		out.WriteString(template[:open])
		out.WriteString(fillGroup(template[open+1:closing], values))
		template = template[closing+1:]
	}
}

func fillGroup(group string, values map[string]string) string {
	for _, word := range strings.FieldsFunc(group, notNameChar) {
		if value, known := values[word]; known {
			if value == "" {
				return ""
			}
			return strings.Replace(group, word, value, 1)
		}
	}
	return ""
}

func notNameChar(r rune) bool { return !(r == '_' || r >= 'a' && r <= 'z') }
