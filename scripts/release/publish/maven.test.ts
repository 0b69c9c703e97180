// scripts/release/publish/maven.sh against the dry run's Maven repository (the staging stand-in):
// a bundle is uploaded file by file and handed over once; asked again, the script finds the
// version and uploads nothing; a registry that does not answer fails the check.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sdkVersion } from '../../../generators/sdk-version.ts';
import { startMavenStaging, type MavenStaging } from '../dry-run/maven-staging.ts';
import { packages, root } from '../project.ts';

const { groupId, artifactId } = packages.java;
const version = sdkVersion(root);
const bundleDir = join(groupId.replaceAll('.', '/'), artifactId, version);
const BUNDLE = ['', '.asc', '.md5', '.sha1'].flatMap((suffix) => [`${artifactId}-${version}.jar${suffix}`, `${artifactId}-${version}.pom${suffix}`]);

let work: string;
let staging: MavenStaging;

async function maven(mode: string, stagingUrl: string, lookup: string) {
  try {
    const { stdout } = await promisify(execFile)('bash', [join(root, 'scripts/release/publish/maven.sh'), mode, stagingUrl, lookup, work], {
      env: { ...process.env, MAVEN_USERNAME: 'dry-run', MAVEN_PASSWORD: 'dry-run' },
    });
    return { ok: true, output: stdout };
  } catch (error) {
    return { ok: false, output: String((error as { stderr?: string }).stderr) };
  }
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'maven-publish-'));
  mkdirSync(join(work, 'maven', bundleDir), { recursive: true });
  for (const file of BUNDLE) writeFileSync(join(work, 'maven', bundleDir, file), `${file}\n`);
  staging = await startMavenStaging(join(work, 'staging'));
});
afterAll(async () => {
  await staging.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('publish/maven.sh', { timeout: 60_000 }, () => {
  it('uploads a bundle once, hands it over once, and skips it the second time', async () => {
    const lookup = `${staging.url}/maven2/`;
    expect((await maven('check', staging.url, lookup)).output).toContain('is not in');
    expect(staging.calls).toEqual([]);

    const first = await maven('publish', staging.url, lookup);
    expect(first).toMatchObject({ ok: true });
    expect(staging.calls.filter((call) => call.startsWith('PUT ')).sort()).toEqual(BUNDLE.map((file) => `PUT ${bundleDir}/${file}`).sort());
    expect(staging.calls.filter((call) => call.startsWith('POST '))).toEqual([`POST ${groupId}`]);

    const calls = [...staging.calls];
    const second = await maven('publish', staging.url, lookup);
    expect(second.output).toContain('already in');
    expect(staging.calls).toEqual(calls);
  });

  it('fails the check when the registry does not answer', async () => {
    const dead = 'http://127.0.0.1:9/';
    const result = await maven('check', dead, dead);
    expect(result.ok).toBe(false);
    expect(result.output).toContain('answered 000');
  });
});
