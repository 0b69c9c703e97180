// Maven: the Java SDK is packaged, signed with a throwaway gpg key made for this run (as Maven
// Central requires every file signed) and deployed to a file-system Maven repository. A fresh
// project resolves it from there by coordinates; its local repository (git-ignored .cache/) keeps
// third-party jars between runs but never ours, so the SDK always comes from this run's repository.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { consumerEnv, expectConsumerOk, type Channel, type Context } from './channel.ts';
import { run } from './process.ts';
import { packages } from '../project.ts';

const { groupId, artifactId, dir } = packages.java;
const GPG_PLUGIN = 'org.apache.maven.plugins:maven-gpg-plugin:3.2.7';
const DEPLOY_PLUGIN = 'org.apache.maven.plugins:maven-deploy-plugin:3.1.3';
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';

export const mavenChannel: Channel = {
  language: 'java',
  async publish({ root, work, version }: Context) {
    const pom = new XMLParser().parse(readFileSync(join(root, dir, 'pom.xml'), 'utf8')).project;
    const [built, wanted] = [`${pom.groupId}:${pom.artifactId}:${pom.version}`, `${groupId}:${artifactId}:${version}`];
    if (built !== wanted) throw new Error(`${dir}/pom.xml builds ${built}, not ${wanted} (generators/project.json, the SDK version)`);
    const gnupg = await throwawayKey(work);
    const build = join(work, 'java-build');
    cpSync(join(root, dir), build, { recursive: true, filter: (source) => !source.includes('/target') });
    const repository = join(work, 'maven');
    // Goals, not the deploy phase: the install phase would put the SDK in ~/.m2 and the consumer
    // could find it there instead of in the repository under test.
    await run('mvn', ['-B', '-q', 'package', `${GPG_PLUGIN}:sign`, `${DEPLOY_PLUGIN}:deploy`, '-DskipTests', `-DaltDeploymentRepository=dry-run::file://${repository}`], { cwd: build, env: { GNUPGHOME: gnupg } });
    const jar = join(repository, ...groupId.split('.'), artifactId, version, `${artifactId}-${version}.jar`);
    await run('gpg', ['--verify', `${jar}.asc`, jar], { env: { GNUPGHOME: gnupg } });
    return {
      coordinate: `${groupId}:${artifactId}@${version}`,
      registry: `Maven repository file://${repository} (signed)`,
      consume: async (server) => {
        const project = join(work, 'java-consumer');
        mkdirSync(project);
        writeFileSync(join(project, 'pom.xml'), consumerPom(repository, version));
        writeFileSync(join(project, 'Main.java'), readFileSync(join(import.meta.dirname, 'consumers/Main.java')));
        const localRepository = join(root, '.cache/dry-run/m2');
        rmSync(join(localRepository, ...groupId.split('.')), { recursive: true, force: true });
        await run('mvn', ['-B', '-q', `-Dmaven.repo.local=${localRepository}`, `${DEPENDENCY_PLUGIN}:build-classpath`, '-Dmdep.outputFile=classpath.txt'], { cwd: project });
        const classpath = readFileSync(join(project, 'classpath.txt'), 'utf8').trim();
        await run('javac', ['-cp', classpath, '-d', 'classes', 'Main.java'], { cwd: project });
        expectConsumerOk(await run('java', ['-cp', `classes:${classpath}`, 'Main'], { cwd: project, env: consumerEnv(server) }));
      },
      stop: async () => {},
    };
  },
};

/** A signing key that lives only in this run's GNUPGHOME, without a passphrase. */
async function throwawayKey(work: string): Promise<string> {
  await run('gpg', ['--version']).catch(() => {
    throw new Error('gpg is not installed (Debian: apt-get install gnupg); it signs the Maven artifacts');
  });
  const gnupg = join(work, 'gnupg');
  mkdirSync(gnupg, { mode: 0o700 });
  await run('gpg', ['--batch', '--pinentry-mode', 'loopback', '--passphrase', '', '--quick-gen-key', 'CognitionOS release dry run <dry-run@127.0.0.1>', 'ed25519', 'sign', '1d'], { env: { GNUPGHOME: gnupg } });
  return gnupg;
}

function consumerPom(repository: string, version: string): string {
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId>
  <artifactId>consumer</artifactId>
  <version>1</version>
  <repositories>
    <repository><id>dry-run</id><url>file://${repository}</url></repository>
  </repositories>
  <dependencies>
    <dependency><groupId>${groupId}</groupId><artifactId>${artifactId}</artifactId><version>${version}</version></dependency>
  </dependencies>
</project>
`;
}
