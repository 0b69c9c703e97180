// The release steps of .github/workflows/release.yml's publish job, as the dry run runs them: every
// `run:` step, in order, but the two it cannot take on this machine (named in SKIPPED with why).
// Reading them from the workflow, rather than keeping a copy, is what makes the dry run execute
// the very lines the workflow will; scripts/release/workflow.test.ts checks what this selects.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface WorkflowStep { id?: string; name?: string; run?: string; uses?: string }
export interface ReleaseStep { name: string; run: string }

/** Step ids the dry run leaves out, and why. */
export const SKIPPED: Record<string, string> = {
  install: 'installs the build tools the dry run already has (npm ci, pip install build twine)',
  'credentials-pypi': "exchanges GitHub's OIDC token for a PyPI upload token; pypiserver takes any credentials",
};

export function publishJob(root: string): { env: Record<string, string>; steps: WorkflowStep[] } {
  const workflow = parse(readFileSync(join(root, '.github/workflows/release.yml'), 'utf8'));
  return workflow.jobs.publish;
}

/** The publish job's run steps the dry run executes, in the workflow's order. */
export function releaseSteps(root: string): ReleaseStep[] {
  return publishJob(root)
    .steps.filter((step) => step.run !== undefined && !(step.id && step.id in SKIPPED))
    .map((step) => ({ name: step.name ?? step.run!, run: step.run! }));
}
