package cognitionos

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"maps"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/cognitionos/sdk-platform/sdks/go/internal/policy"
	"github.com/cognitionos/sdk-platform/sdks/go/internal/requestconfig"
	"github.com/cognitionos/sdk-platform/sdks/go/option"
)

// call is one API operation as a service method describes it: route is the spec's path template
// (errors name the call by it, the same in every SDK), filled from pathParams' name, value pairs.
type call struct {
	method     string
	route      string
	pathParams []string
	query      url.Values
	body       any
}

// execute sends c until it succeeds or may not be retried, and decodes the answer into out (nil
// for an answer without body). Each attempt has its own timeout; retries wait per retryDelay and
// carry CognitionOS-Retry-Count; a POST keeps one Idempotency-Key across its retries.
func execute(ctx context.Context, c call, out any, options []option.RequestOption) error {
	cfg := defaultConfig.Apply(options)
	req, err := newRequest(ctx, c, cfg)
	if err != nil {
		return err
	}
	for retry := 0; ; retry++ {
		if retry > 0 {
			req.Header.Set(policy.RetryCountHeader, strconv.Itoa(retry))
		}
		resp, body, err := attempt(ctx, req, cfg, retry+1)
		mayRetry := retry < cfg.MaxRetries && repeatable(req)
		switch {
		case err != nil:
			if !mayRetry || !retryableError(err) {
				return describe(err, req, c)
			}
			err = sleep(ctx, retryDelay(retry+1, ""))
		case resp.StatusCode < 300:
			return decode(resp, body, cfg, out)
		case mayRetry && shouldRetry(resp):
			err = sleep(ctx, retryDelay(retry+1, resp.Header.Get("Retry-After")))
		default:
			keep(resp, cfg)
			return describe(newAPIError(resp, redact(body, cfg.APIKey)), req, c)
		}
		if err != nil {
			return err
		}
	}
}

var defaultConfig = requestconfig.Config{
	BaseURL:        policy.DefaultBaseURL,
	MaxRetries:     policy.MaxRetries,
	HTTPClient:     http.DefaultClient,
	RequestTimeout: ms(policy.TimeoutMs),
}

// newRequest builds the request every attempt resends: the body is marshalled once, so each
// attempt (and its Idempotency-Key) sends the same bytes.
func newRequest(ctx context.Context, c call, cfg requestconfig.Config) (*http.Request, error) {
	path, err := buildPath(c.route, c.pathParams...)
	if err != nil {
		return nil, err
	}
	target := strings.TrimSuffix(cfg.BaseURL, "/") + path
	if len(c.query) > 0 {
		target += "?" + c.query.Encode()
	}
	payload, err := marshalBody(c.body, cfg.ExtraJSON)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, c.method, target, nil)
	if err != nil {
		return nil, err
	}
	if payload != nil {
		req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(payload)), nil }
		req.ContentLength = int64(len(payload))
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", userAgent)
	if cfg.APIKey != "" {
		req.Header.Set("Authorization", "Bearer "+string(cfg.APIKey))
	}
	if idempotent(c.method) {
		req.Header.Set(policy.IdempotencyHeader, idempotencyKey(cfg))
	}
	// A caller's header (option.WithHeader canonicalises its name) replaces the SDK's own, the
	// Idempotency-Key included.
	for name, values := range cfg.Header {
		req.Header[name] = values
	}
	return req, refuseLineBreaks(req.Header)
}

// refuseLineBreaks: a header value with CR or LF would split the request (only a caller's own
// value can hold one).
func refuseLineBreaks(header http.Header) error {
	for name, values := range header {
		for _, value := range values {
			if strings.ContainsAny(value, "\r\n") {
				return &InvalidHeaderError{Name: name}
			}
		}
	}
	return nil
}

// marshalBody is the params as JSON, with the option.WithJSONSet fields merged in.
func marshalBody(body any, extra map[string]any) ([]byte, error) {
	if body == nil && len(extra) == 0 {
		return nil, nil
	}
	payload, err := json.Marshal(body)
	if err != nil || len(extra) == 0 {
		return payload, err
	}
	fields := map[string]any{}
	if body != nil {
		if err := json.Unmarshal(payload, &fields); err != nil {
			return nil, err
		}
	}
	maps.Copy(fields, extra)
	return json.Marshal(fields)
}

// attempt sends req once within the per-attempt timeout and reads the whole body inside it, so a
// connection dropped mid-answer is retried like any other connection error.
func attempt(ctx context.Context, req *http.Request, cfg requestconfig.Config, number int) (*http.Response, []byte, error) {
	attemptCtx, cancel := context.WithTimeout(ctx, cfg.RequestTimeout)
	defer cancel()
	sent := req.WithContext(attemptCtx)
	if req.GetBody != nil {
		sent.Body, _ = req.GetBody()
	}
	started := time.Now()
	resp, err := send(sent, cfg)
	var body []byte
	if err == nil {
		body, err = readBody(resp)
	}
	if cfg.Logger != nil {
		logAttempt(ctx, cfg.Logger, sent, resp, err, number, time.Since(started))
	}
	switch {
	case err == nil:
		return resp, body, nil
	case ctx.Err() != nil:
		return nil, nil, ctx.Err()
	case errors.Is(attemptCtx.Err(), context.DeadlineExceeded):
		return nil, nil, &TimeoutError{Timeout: cfg.RequestTimeout}
	default:
		return nil, nil, &ConnectionError{Err: err}
	}
}

// send passes req through the middlewares (the first one outermost) to the HTTP client.
func send(req *http.Request, cfg requestconfig.Config) (*http.Response, error) {
	next := cfg.HTTPClient.Do
	for i := len(cfg.Middleware) - 1; i >= 0; i-- {
		middleware, inner := cfg.Middleware[i], next
		next = func(r *http.Request) (*http.Response, error) { return middleware(r, inner) }
	}
	return next(req)
}

// readBody reads the whole answer, in one allocation when its length is known (and small enough
// that a wrong Content-Length cannot make it allocate much before any byte arrives).
func readBody(resp *http.Response) ([]byte, error) {
	defer resp.Body.Close()
	if resp.ContentLength < 0 || resp.ContentLength > 1<<20 {
		return io.ReadAll(resp.Body)
	}
	body := make([]byte, resp.ContentLength)
	_, err := io.ReadFull(resp.Body, body)
	return body, err
}

func decode(resp *http.Response, body []byte, cfg requestconfig.Config, out any) error {
	keep(resp, cfg)
	if out == nil || len(body) == 0 {
		return nil
	}
	return json.Unmarshal(body, out)
}

// keep hands the response to option.WithResponseInto, its body readable again.
func keep(resp *http.Response, cfg requestconfig.Config) {
	if cfg.ResponseInto != nil {
		*cfg.ResponseInto = resp
	}
}

func idempotencyKey(cfg requestconfig.Config) string {
	if cfg.IdempotencyKey != "" {
		return cfg.IdempotencyKey
	}
	random := make([]byte, 16)
	_, _ = rand.Read(random)
	return policy.IdempotencyKeyPrefix + hex.EncodeToString(random)
}

// redact cuts the caller's exact API key out of an error body: a server echoing it must not leak
// it through the error's Problem or message. A shorter value is a placeholder (the README's
// cog_...), not a secret: redacting it would cut the server's own hint out of its answer
// ("Malformed Authorization header: expected Bearer cog_...").
func redact(body []byte, key requestconfig.Secret) []byte {
	if len(key) < policy.MinSecretChars {
		return body
	}
	return bytes.ReplaceAll(body, []byte(key), []byte(key.String()))
}

func sleep(ctx context.Context, d time.Duration) error {
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-timer.C:
		return nil
	}
}

// do executes c and decodes its answer into a new T.
func do[T any](ctx context.Context, c call, options []option.RequestOption) (*T, error) {
	out := new(T)
	if err := execute(ctx, c, out, options); err != nil {
		return nil, err
	}
	return out, nil
}
