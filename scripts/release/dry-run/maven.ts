// Maven: release.yml's Maven step uploads the bundle build.sh signed (with a throwaway gpg key made
// for this run, GNUPGHOME in `env`) to a stand-in of the Central staging API (./maven-staging.ts);
// a fresh project resolves the SDK from the repository behind it by coordinates. Its local
// repository (git-ignored .cache/) keeps third-party jars between runs but never ours, so the SDK
// always comes from this run's repository.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumerEnv, deadUrl, expectConsumerOk, type Channel, type Context } from './channel.ts';
import { startMavenStaging } from './maven-staging.ts';
import { freePort, run } from './process.ts';
import { packages } from '../project.ts';

const { groupId, artifactId } = packages.java;
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';

export const mavenChannel: Channel = {
  language: 'java',
  async start({ root, work, version }: Context) {
    const staging = await startMavenStaging(join(work, 'maven-staging'));
    const repository = `${staging.url}/maven2/`;
    const dead = await deadUrl(freePort);
    const gnupg = await throwawayKey(work);
    return {
      language: 'java',
      name: `Maven staging stand-in ${staging.url} (signed)`,
      env: { MAVEN_STAGING_URL: staging.url, MAVEN_LOOKUP_URL: repository, MAVEN_USERNAME: 'dry-run', MAVEN_PASSWORD: 'dry-run', GNUPGHOME: gnupg },
      brokenEnv: { MAVEN_STAGING_URL: dead, MAVEN_LOOKUP_URL: dead },
      holdings: async () => [...staging.calls],
      packages: 1,
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
        return `${groupId}:${artifactId}@${version}`;
      },
      stop: async () => {
        await staging.stop();
        // gpg started an agent for the throwaway key; it would outlive the run.
        await run('gpgconf', ['--kill', 'gpg-agent'], { env: { GNUPGHOME: gnupg } }).catch(() => {});
      },
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
    <repository><id>dry-run</id><url>${repository}</url></repository>
  </repositories>
  <dependencies>
    <dependency><groupId>${groupId}</groupId><artifactId>${artifactId}</artifactId><version>${version}</version></dependency>
  </dependencies>
</project>
`;
}
