package cognitionos

import (
	"cmp"
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

// polling is how a ...AndPoll method waits: the spec's x-cognitionos-polling of its operation.
type polling struct {
	terminal          []string
	interval, timeout time.Duration
}

// pollUntil reads the object again (read) every poll interval until status names a terminal
// state, or answers PollTimeoutError when the poll timeout passes first. option.WithPollInterval
// and option.WithPollTimeout override the operation's own.
func pollUntil[T any](ctx context.Context, current *T, status func(*T) string, read func() (*T, error), p polling, options []option.RequestOption) (*T, error) {
	cfg := defaultConfig.Apply(options)
	interval, timeout := cmp.Or(cfg.PollInterval, p.interval), cmp.Or(cfg.PollTimeout, p.timeout)
	deadline := time.Now().Add(timeout)
	for !slices.Contains(p.terminal, status(current)) {
		remaining := time.Until(deadline)
		if remaining <= 0 {
			return nil, &PollTimeoutError{Status: status(current), Timeout: timeout}
		}
		if err := sleep(ctx, min(interval, remaining)); err != nil {
			return nil, err
		}
		var err error
		if current, err = read(); err != nil {
			return nil, err
		}
	}
	return current, nil
}
