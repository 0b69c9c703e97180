// generators/policy's constants spelled in Go: internal/policy (what the runtime reads) and
// error_classes.go (one sentinel per error class, matched with errors.Is).
import { policyConstants, type ConstantValue, type Policy } from '../policy/policy.ts';
import { generatedFrom } from './header.ts';

const GENERATED = generatedFrom('generators/policy/policy.json');
import { exported } from './naming.ts';

export function emitPolicy(policy: Policy): string {
  const constants = policyConstants(policy).map(({ words, value }) => ({ name: exported(words), doc: words.join(' '), value }));
  const scalars = constants.filter((c) => !isCollection(c.value));
  const collections = constants.filter((c) => isCollection(c.value));
  return `${GENERATED}

// Package policy is generators/policy/policy.json, the client policy every CognitionOS SDK shares.
// Durations are in milliseconds, as the policy states them.
package policy

const (
${scalars.map((c) => `\t// ${c.name} is the policy's ${c.doc}.\n\t${c.name} = ${JSON.stringify(c.value)}`).join('\n')}
)

var (
${collections.map((c) => `\t// ${c.name} is the policy's ${c.doc}.\n\t${c.name} = ${goCollection(c.value)}`).join('\n')}
)
`;
}

function isCollection(value: ConstantValue): boolean {
  return typeof value === 'object';
}

function goCollection(value: ConstantValue): string {
  if (!Array.isArray(value)) {
    return `map[int]string{${Object.entries(value).map(([status, name]) => `${status}: ${JSON.stringify(name)}`).join(', ')}}`;
  }
  return typeof value[0] === 'number' ? `[]int{${value.join(', ')}}` : `[]string{${value.map((v) => JSON.stringify(v)).join(', ')}}`;
}

export function emitErrorClasses(policy: Policy): string {
  const names = policy.errors.map((e) => e.class);
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
	if name, ok := policy.ErrorClasses[status]; ok {
		return sentinels[name]
	}
	if status >= 500 && status < 600 {
		return sentinels[policy.ServerErrorClass]
	}
	return nil
}
`;
}
