// Code generated from generators/go/runtime/polling.go by npm run generate; DO NOT EDIT.

package cognitionos

import (
	"context"
	"slices"
	"time"

	"github.com/cognitionos/sdk-platform/sdks/go/option"
)

// service is what every resource service shares: the client's options, which each call's own
// options follow (and so override).
type service struct {
	options []option.RequestOption
}

func (s service) with(options []option.RequestOption) []option.RequestOption {
	return append(slices.Clip(s.options), options...)
}

// pollUntil reads the object again (read) every poll interval until status names a terminal
// state, or answers PollTimeoutError when the poll timeout passes first.
func pollUntil[T any](ctx context.Context, current *T, status func(*T) string, terminal []string, read func() (*T, error), options []option.RequestOption) (*T, error) {
	cfg := defaultConfig.Apply(options)
	deadline := time.Now().Add(cfg.PollTimeout)
	for !slices.Contains(terminal, status(current)) {
		remaining := time.Until(deadline)
		if remaining <= 0 {
			return nil, &PollTimeoutError{Status: status(current), Timeout: cfg.PollTimeout}
		}
		if err := sleep(ctx, min(cfg.PollInterval, remaining)); err != nil {
			return nil, err
		}
		var err error
		if current, err = read(); err != nil {
			return nil, err
		}
	}
	return current, nil
}
