// The fixture check: every generated Java package compiled by one javac run, under -Xlint:all -Werror
// and the SDK build's doclint (every public member documented).
// All packages are `io.cognitionos`, so each fixture's copy is moved to `fixtures.<name>.io.cognitionos`
// (package, imports and qualified names rewritten) before the one invocation. Only src/main/java is
// compiled: the copied unit and contract tests are written against the CognitionOS spec's models.
// Jackson comes from the local Maven repository (resolved by Maven, offline first, when it is not there yet).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { listFiles } from '../write-tree.ts';
import { VERSIONS } from './emit-pom.ts';

const root = join(import.meta.dirname, '../..');
const SOURCES = 'src/main/java';

export function checkJava(dirs: string[]): void {
  if (dirs.length === 0) return;
  const work = mkdtempSync(join(tmpdir(), 'java-check-'));
  try {
    compileJava(dirs, [], work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Compiles the packages (relocated) and `extra` source files into `work`/classes in one javac run;
 * answers the class path to run them with. */
export function compileJava(dirs: string[], extra: string[], work: string): string {
  const sources = [...dirs.flatMap((dir) => relocated(dir, join(work, 'src'))), ...extra];
  writeFileSync(join(work, 'sources.txt'), sources.join('\n'));
  const classes = join(work, 'classes');
  const classPath = jacksonClassPath(dirs[0]!, work);
  // One short-lived JVM: the C1 compiler alone and the serial collector halve javac's CPU time.
  run('javac', ['-J-XX:TieredStopAtLevel=1', '-J-XX:+UseSerialGC', '--release', '11', '-Xlint:all', '-Werror', ...doclint(dirs), '-encoding', 'UTF-8', '-d', classes, '-cp', classPath, `@${join(work, 'sources.txt')}`]);
  return `${classes}:${classPath}`;
}

/** The packages' javadoc as the SDK's own build checks it: every public and protected member of the
 * public packages documented (io.cognitionos.internal and the extra sources are not checked). */
function doclint(dirs: string[]): string[] {
  const packages = dirs.flatMap((dir) => [`${fixturePackage(dir)}.*`, `-${fixturePackage(dir)}.io.cognitionos.internal`]);
  return ['-Xdoclint:all/protected', `-Xdoclint/package:${packages.join(',')}`];
}

/** A package's sources, copied under `target` with `io.cognitionos` moved below a per-package prefix. */
function relocated(dir: string, target: string): string[] {
  const prefix = fixturePackage(dir);
  return listFiles(join(dir, SOURCES))
    // The fixtures compile together on one class path: a module-info.java per package would make them modules.
    .filter((file) => file.endsWith('.java') && !file.endsWith('module-info.java'))
    .map((file) => {
      const to = join(target, prefix.replace(/\./g, '/'), file);
      mkdirSync(dirname(to), { recursive: true });
      writeFileSync(to, readFileSync(join(dir, SOURCES, file), 'utf8').replace(/\bio\.cognitionos\b/g, `${prefix}.io.cognitionos`));
      return to;
    });
}

/** `.../path-query-body` -> `fixtures.path_query_body`: where that package's `io.cognitionos` moves. */
export function fixturePackage(dir: string): string {
  return `fixtures.${basename(dir).replace(/[^A-Za-z0-9]+/g, '_')}`;
}

/** Jackson's jars from the local Maven repository; when one is missing, Maven resolves the class path
 * of a generated pom.xml (every fixture's pom has the same dependencies). */
function jacksonClassPath(dir: string, work: string): string {
  const repository = join(homedir(), '.m2/repository/com/fasterxml/jackson/core');
  const jars = ['databind', 'core', 'annotations'].map((name) => join(repository, `jackson-${name}`, VERSIONS.jackson, `jackson-${name}-${VERSIONS.jackson}.jar`));
  if (jars.every((jar) => existsSync(jar))) return jars.join(':');
  const output = join(work, 'classpath.txt');
  run('bash', [join(root, 'scripts/mvn.sh'), '-q', '-f', join(dir, 'pom.xml'), 'dependency:build-classpath', `-Dmdep.outputFile=${output}`, '-Dmdep.includeScope=runtime']);
  return readFileSync(output, 'utf8').trim();
}

export function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}
