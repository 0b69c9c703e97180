// The rule that turns oasdiff's findings into the bump an SDK user needs. oasdiff judges from the
// HTTP client's side; an SDK user also compiles against the generated types, and every SDK keeps
// values it does not know yet. So: whatever breaks code compiled against the previous SDK, a request
// it sent or a response it accepted is major; additions are minor; documentation and examples are
// patch; no difference at all is none.
import type { Finding } from './oasdiff.ts';

export type Bump = 'major' | 'minor' | 'patch' | 'none';
export const BUMPS: Bump[] = ['none', 'patch', 'minor', 'major'];

/** oasdiff's level decides unless the check id is listed here. Error and warning (a client breaks
 * or may break: a warning is a removed parameter or property, a changed pattern) are major; info
 * (additions, relaxations) is minor. */
const BY_LEVEL: Record<Finding['level'], Bump> = { 3: 'major', 2: 'major', 1: 'minor' };

/** Where the SDK user's view differs from oasdiff's, with the reason. */
export const BY_CHECK: Record<string, { bump: Bump; why: string }> = Object.fromEntries([
  ...[
    'api-operation-id-removed', 'api-schema-removed', 'api-path-removed-with-deprecation', 'api-removed-with-deprecation',
    'request-parameter-removed-with-deprecation', 'request-property-removed-with-deprecation',
    'response-optional-property-removed', 'response-required-property-removed-with-deprecation',
  ].map((id) => [id, { bump: 'major', why: 'a method, type or field the compiled SDK code uses is gone' }]),
  ...['response-property-enum-value-removed', 'response-body-one-of-removed', 'response-property-one-of-removed']
    .map((id) => [id, { bump: 'major', why: 'an enum constant or variant type the compiled SDK code uses is gone' }]),
  ...[
    'response-property-type-specialized', 'response-body-type-specialized', 'response-property-became-enum',
    'request-property-type-generalized', 'request-body-type-generalized', 'request-parameter-type-generalized',
  ].map((id) => [id, { bump: 'major', why: 'the field changes type in the typed SDKs (Go, Java)' }]),
  ...['response-property-enum-value-added', 'response-mediatype-enum-value-added', 'response-body-one-of-added', 'response-property-one-of-added']
    .map((id) => [id, { bump: 'minor', why: 'every SDK keeps an unknown enum value or variant, so old code still reads the response' }]),
  ...['api-version-changed', 'api-tag-added', 'api-tag-removed']
    .map((id) => [id, { bump: 'patch', why: 'no generated code changes shape' }]),
]);

export interface Change { bump: Bump; id: string; line: string }
export interface Plan { bump: Bump; changes: Change[] }

export const maxBump = (bumps: Bump[]): Bump => bumps.reduce((a, b) => (BUMPS.indexOf(b) > BUMPS.indexOf(a) ? b : a), 'none');

export function bumpOf(finding: Finding): Bump {
  return BY_CHECK[finding.id]?.bump ?? BY_LEVEL[finding.level];
}

/** One change per oasdiff finding text, naming every operation it touches (a shared schema edit
 * shows up once per operation in oasdiff's output). Most severe first. */
export function planFrom(findings: Finding[], docsChanged: string[]): Plan {
  const byText = new Map<string, { finding: Finding; operations: string[] }>();
  for (const finding of findings) {
    const key = `${finding.id}\n${finding.text}`;
    const entry = byText.get(key) ?? byText.set(key, { finding, operations: [] }).get(key)!;
    if (finding.operation) entry.operations.push(`${finding.operation} ${finding.path}`);
  }
  const changes: Change[] = [...byText.values()].map(({ finding, operations }) => ({
    bump: bumpOf(finding),
    id: finding.id,
    line: operations.length ? `${finding.text} (${operations.join(', ')})` : finding.text,
  }));
  // Wording only: oasdiff's rule set has no finding, its structural diff still names what changed.
  if (changes.length === 0) changes.push(...docsChanged.map((where) => ({ bump: 'patch' as const, id: 'documentation', line: `documentation changed: ${where}` })));
  changes.sort((a, b) => BUMPS.indexOf(b.bump) - BUMPS.indexOf(a.bump));
  return { bump: maxBump(changes.map((change) => change.bump)), changes };
}
