// Copied from generators/go/runtime/logging.go by npm run generate: do not edit here, edit there.

package cognitionos

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/cognitionos/sdk-platform/sdks/go/internal/policy"
)

// logAttempt writes one debug record for an attempt: what was called, what came back and how long
// it took. It names no header and no body, so the API key (and a secret in an answer) never
// reaches the log.
func logAttempt(ctx context.Context, logger *slog.Logger, req *http.Request, resp *http.Response, err error, attempt int, elapsed time.Duration) {
	attrs := []slog.Attr{
		slog.String("method", req.Method),
		slog.String("path", req.URL.Path),
		slog.Int("attempt", attempt),
		slog.Duration("elapsed", elapsed),
	}
	if resp != nil {
		attrs = append(attrs, slog.Int("status", resp.StatusCode), slog.String("request_id", resp.Header.Get(policy.RequestIDHeader)))
	}
	if err != nil {
		attrs = append(attrs, slog.String("error", err.Error()))
	}
	logger.LogAttrs(ctx, slog.LevelDebug, "cognitionos request", attrs...)
}
