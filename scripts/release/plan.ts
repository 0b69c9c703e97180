// The release plan: every change between two specs as oasdiff finds it, each with the bump it needs,
// and the changeset that records it.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planFrom, type Plan } from './bump.ts';
import { changelog, differences } from './oasdiff.ts';
import { packages } from './project.ts';

/** The spec of the last release; the version PR refreshes it (scripts/release/version.ts). */
export const RELEASED_SPEC = '.changeset/released-openapi.json';
/** The changeset the plan writes: one file, rewritten on every push, so it always says everything
 * since the last release, and a release that turns out empty leaves none behind. */
export const CHANGESET = '.changeset/spec-diff.md';

export async function planRelease(base: string, head: string): Promise<Plan> {
  const findings = await changelog(base, head);
  return planFrom(findings, findings.length ? [] : await differences(base, head));
}

/** Writes the plan as the changeset of the next release, or removes it when there is nothing to
 * release; returns the file's path relative to root, or null. */
export function recordPlan(root: string, plan: Plan, base: string, head: string): string | null {
  const file = join(root, CHANGESET);
  if (plan.bump !== 'none') writeFileSync(file, changesetText(plan, base, head));
  else if (existsSync(file)) rmSync(file);
  return plan.bump === 'none' ? null : CHANGESET;
}

function changesetText(plan: Plan, base: string, head: string): string {
  const version = (file: string) => JSON.parse(readFileSync(file, 'utf8')).info.version;
  const lines = plan.changes.map((change) => `- ${change.bump}: ${change.line}`);
  return `---\n${JSON.stringify(packages.typescript.name)}: ${plan.bump}\n---\n\nAPI contract ${version(base)} → ${version(head)}:\n\n${lines.join('\n')}\n`;
}
