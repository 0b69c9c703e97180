// generators/policy/policy.json spelled in Go: internal/policy (constants the runtime reads) and
// error_classes.go (one sentinel per error class, matched with errors.Is).
import { GENERATED } from './header.ts';

type Policy = Record<string, any>;

const ms = (value: number) => `${value} * time.Millisecond`;

export function emitPolicy(policy: Policy): string {
  const { retries, timeouts, polling, idempotency, messages, environment, headers } = policy;
  const constants: [string, string, string][] = [
    ['MaxRetries', String(retries.maxRetries), 'retries after the first attempt'],
    ['InitialDelay', ms(retries.initialDelayMs), 'backoff before the first retry, doubling after'],
    ['MaxDelay', ms(retries.maxDelayMs), 'longest backoff'],
    ['Jitter', String(retries.jitter), 'share of a backoff randomly taken off'],
    ['MaxRetryAfter', ms(retries.maxRetryAfterMs), 'longest Retry-After honoured; a longer one falls back to backoff'],
    ['RetryServerErrors', String(retries.serverErrors), 'whether every 5xx is retried'],
    ['RetryCountHeader', JSON.stringify(retries.retryCountHeader), 'header carrying the retry number'],
    ['RequestTimeout', ms(timeouts.requestMs), 'timeout of one attempt'],
    ['PollInterval', ms(polling.intervalMs), 'wait between two reads of a ...AndPoll method'],
    ['PollTimeout', ms(polling.timeoutMs), 'how long a ...AndPoll method polls'],
    ['IdempotencyHeader', JSON.stringify(idempotency.header), 'header of the idempotency key'],
    ['IdempotencyKeyPrefix', JSON.stringify(idempotency.keyPrefix), 'prefix of a generated idempotency key'],
    ['RequestIDHeader', JSON.stringify(headers.requestId), 'header naming the request'],
    ['SpecVersionHeader', JSON.stringify(headers.specVersion), 'header carrying the server spec version'],
    ['APIKeyEnv', JSON.stringify(environment.apiKey), 'variable read for the API key'],
    ['BaseURLEnv', JSON.stringify(environment.baseUrl), 'variable read for the base URL'],
    ['DefaultBaseURL', JSON.stringify(environment.defaultBaseUrl), 'base URL when none is set'],
    ['UserAgent', JSON.stringify(policy.userAgent), 'User-Agent format'],
    ...Object.entries<string>(messages).map(([name, format]): [string, string, string] => [`Message${name[0].toUpperCase()}${name.slice(1)}`, JSON.stringify(format), `message format (${name})`]),
  ];
  const classes = policy.errors.map((e: { status: number | string; class: string }) => `\t{Status: ${e.status === '5xx' ? 0 : e.status}, ServerErrors: ${e.status === '5xx'}, Class: ${JSON.stringify(e.class)}},`);
  return `${GENERATED}

// Package policy is generators/policy/policy.json, the client policy every CognitionOS SDK shares.
package policy

import "time"

const (
${constants.map(([name, value, doc]) => `\t// ${name}: ${doc}.\n\t${name} = ${value}`).join('\n')}
)

// RetryStatuses are retried besides server errors.
var RetryStatuses = []int{${retries.statuses.join(', ')}}

// RetryMethods are retried without an idempotency key.
var RetryMethods = []string{${retries.methods.map((m: string) => JSON.stringify(m)).join(', ')}}

// IdempotentMethods get an Idempotency-Key on every request.
var IdempotentMethods = []string{${idempotency.methods.map((m: string) => JSON.stringify(m)).join(', ')}}

// ErrorClass maps an answer status (or, with ServerErrors, every 5xx) to an error class.
type ErrorClass struct {
	Status       int
	ServerErrors bool
	Class        string
}

// ErrorClasses is the status-to-error table.
var ErrorClasses = []ErrorClass{
${classes.join('\n')}
}
`;
}

export function emitErrorClasses(policy: Policy): string {
  const names: string[] = policy.errors.map((e: { class: string }) => e.class);
  return `${GENERATED}

package cognitionos

import (
	"errors"

	"github.com/cognitionos/sdk-platform/sdks/go/internal/policy"
)

// One sentinel per error class: errors.Is(err, ErrNotFound) matches an *Error of that class.
var (
${names.map((n) => `\t// Err${n} matches an *Error of class ${n}.\n\tErr${n} = errors.New("cognitionos: ${n}")`).join('\n')}
)

var sentinels = map[string]error{${names.map((n) => `${JSON.stringify(n)}: Err${n}`).join(', ')}}

// classOf is the sentinel of an answer status per the policy's table, or nil.
func classOf(status int) error {
	for _, c := range policy.ErrorClasses {
		if c.Status == status || (c.ServerErrors && status >= 500 && status < 600) {
			return sentinels[c.Class]
		}
	}
	return nil
}
`;
}
