// How oasdiff's findings become the plan: the level decides unless the check id is listed, one
// change per finding text with every operation it touches, wording only when oasdiff found nothing.
import { describe, expect, it } from 'vitest';
import { bumpOf, planFrom, type Bump } from './bump.ts';
import type { Finding } from './oasdiff.ts';

const finding = (id: string, level: Finding['level'], text = id, operation = 'GET', path = '/tenants'): Finding => ({ id, level, text, operation, path });

describe('bumpOf', () => {
  const cases: [string, Finding, Bump][] = [
    ['an error is major', finding('response-property-type-changed', 3), 'major'],
    ['a warning is major', finding('request-parameter-removed', 2), 'major'],
    ['an info is minor', finding('endpoint-added', 1), 'minor'],
    ['a new response enum value is minor although oasdiff calls it an error', finding('response-property-enum-value-added', 3), 'minor'],
    ['a removed optional response field is major although oasdiff calls it info', finding('response-optional-property-removed', 1), 'major'],
    ['a renamed operation id is major although oasdiff calls it info', finding('api-operation-id-removed', 1), 'major'],
    ['a new spec version alone is patch', finding('api-version-changed', 1), 'patch'],
  ];
  it.each(cases)('%s', (_name, given, want) => expect(bumpOf(given)).toBe(want));
});

describe('planFrom', () => {
  it('makes one change of a finding repeated per operation, naming each operation', () => {
    const plan = planFrom([finding('endpoint-added', 1, 'same'), finding('endpoint-added', 1, 'same', 'POST')], []);
    expect(plan.changes).toEqual([{ bump: 'minor', id: 'endpoint-added', line: 'same (GET /tenants, POST /tenants)' }]);
  });

  it('bumps by the most severe change and lists it first', () => {
    const plan = planFrom([finding('endpoint-added', 1), finding('request-parameter-removed', 2)], []);
    expect([plan.bump, plan.changes.map((change) => change.bump)]).toEqual(['major', ['major', 'minor']]);
  });

  it('is patch for documentation when oasdiff found no API change', () => {
    expect(planFrom([], ['paths /tenants GET summary'])).toEqual({ bump: 'patch', changes: [{ bump: 'patch', id: 'documentation', line: 'documentation changed: paths /tenants GET summary' }] });
  });

  it('ignores documentation next to an API change (the API change says more)', () => {
    expect(planFrom([finding('endpoint-added', 1)], ['paths /tenants GET summary']).changes.map((change) => change.id)).toEqual(['endpoint-added']);
  });

  it('is none without any difference', () => expect(planFrom([], [])).toEqual({ bump: 'none', changes: [] }));
});
