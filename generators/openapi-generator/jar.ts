// Makes sure the pinned openapi-generator JAR (openapitools.json) is in the wrapper's storageDir.
// The wrapper downloads it itself; where its download fails, Maven fetches the same artifact.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface PinnedGenerator {
  version: string;
  jarPath: string;
}

export function pinnedGenerator(root: string): PinnedGenerator {
  const config = JSON.parse(readFileSync(join(root, 'openapitools.json'), 'utf8'))['generator-cli'];
  const storageDir = resolve(root, config.storageDir);
  return { version: config.version, jarPath: join(storageDir, `${config.version}.jar`) };
}

export function ensureJar(root: string): string {
  const { version, jarPath } = pinnedGenerator(root);
  if (existsSync(jarPath)) return jarPath;
  if (!downloadWithWrapper(root)) downloadWithMaven(version, jarPath);
  if (!existsSync(jarPath)) throw new Error(`openapi-generator ${version} could not be fetched into ${jarPath}`);
  return jarPath;
}

function downloadWithWrapper(root: string): boolean {
  try {
    // The wrapper finds openapitools.json through PWD before its cwd, so both name the repo root.
    execFileSync('npx', ['--no-install', 'openapi-generator-cli', 'version'], {
      cwd: root,
      env: { ...process.env, PWD: root },
      stdio: 'inherit',
      timeout: 300_000,
    });
    return true;
  } catch {
    return false;
  }
}

function downloadWithMaven(version: string, jarPath: string): void {
  const storageDir = resolve(jarPath, '..');
  const artifact = `org.openapitools:openapi-generator-cli:${version}`;
  execFileSync('mvn', ['-q', 'dependency:copy', `-Dartifact=${artifact}`, `-DoutputDirectory=${storageDir}`], { stdio: 'inherit' });
  // The wrapper looks the JAR up as <storageDir>/<version>.jar.
  renameSync(join(storageDir, `openapi-generator-cli-${version}.jar`), jarPath);
}
