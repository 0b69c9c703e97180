// The dry run runs the same publish commands as release.yml: it executes the publish job's run
// steps read from the workflow (dry-run/workflow.ts). This proves what that selection holds: every
// run step but the named exceptions, each line one of scripts/release/'s commands, the four
// registries each asked before any is published to, and the Go tag pushed last.
import { describe, expect, it } from 'vitest';
import { SKIPPED, publishJob, releaseSteps } from './dry-run/workflow.ts';
import { root } from './project.ts';

const job = publishJob(root);
const steps = releaseSteps(root);
const lines = steps.flatMap((step) => step.run.split('\n').map((line) => line.trim()).filter(Boolean));
const REGISTRIES = ['npm', 'pypi', 'maven', 'go'];
const position = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line));

describe('release.yml publish job, as the dry run runs it', () => {
  it('runs every run step of the job but the named exceptions, which exist', () => {
    const runSteps = job.steps.filter((step) => step.run !== undefined);
    expect(steps.map((step) => step.run)).toEqual(runSteps.filter((step) => !(step.id && step.id in SKIPPED)).map((step) => step.run));
    for (const id of Object.keys(SKIPPED)) expect(runSteps.map((step) => step.id)).toContain(id);
    expect(steps.length).toBeGreaterThanOrEqual(REGISTRIES.length + 2);
  });

  it('runs only scripts/release commands, each of its own registry', () => {
    for (const line of lines) expect(line).toMatch(/^bash scripts\/release\/(build\.sh|publish\/(npm|pypi|maven|go)\.sh (check|publish)) /);
  });

  it('builds everything, then asks every registry, then publishes each, the Go tag last', () => {
    const build = position(/build\.sh/);
    const checks = REGISTRIES.map((registry) => position(new RegExp(`publish/${registry}\\.sh check `)));
    const publishes = REGISTRIES.map((registry) => position(new RegExp(`publish/${registry}\\.sh publish `)));
    expect([build, ...checks, ...publishes]).not.toContain(-1);
    expect(build).toBe(0);
    expect(Math.max(...checks)).toBeLessThan(Math.min(...publishes));
    expect(publishes.at(-1)).toBe(lines.length - 1);
  });

  it('names every registry location in the job env, where the dry run points it at loopback', () => {
    const used = new Set(lines.flatMap((line) => [...line.matchAll(/\$([A-Z_]+)/g)].map((match) => match[1])));
    expect([...used].sort()).toEqual(Object.keys(job.env).sort());
  });
});
