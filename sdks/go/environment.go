// Copied from generators/go/runtime/environment.go by npm run generate: do not edit here, edit there.

package cognitionos

import (
	"log/slog"
	"os"
	"runtime"
	"strings"

	"github.com/cognitionos/sdk-platform/sdks/go/internal/policy"
	"github.com/cognitionos/sdk-platform/sdks/go/option"
)

// environmentOptions are the defaults NewClient takes from the environment, before its own options.
func environmentOptions() []option.RequestOption {
	var options []option.RequestOption
	if key := os.Getenv(policy.APIKeyEnv); key != "" {
		options = append(options, option.WithAPIKey(key))
	}
	if url := os.Getenv(policy.BaseURLEnv); url != "" {
		options = append(options, option.WithBaseURL(url))
	}
	if strings.EqualFold(os.Getenv(policy.LogEnv), "debug") {
		options = append(options, option.WithLogger(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))))
	}
	return options
}

// userAgent names the SDK, its version and the Go runtime, in the policy's format.
var userAgent = formatMessage(policy.UserAgent, map[string]string{
	"language":        "go",
	"version":         Version,
	"runtime":         "go",
	"runtime_version": strings.TrimPrefix(runtime.Version(), "go"),
})
