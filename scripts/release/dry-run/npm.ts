// npm: the TypeScript SDK, built by tsup and packed by npm, published to Verdaccio 5 (no uplink: it
// serves only what was published to it), installed back by a fresh project.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumerEnv, expectConsumerOk, type Channel, type Context } from './channel.ts';
import { freePort, run, startDaemon } from './process.ts';
import { packages } from '../project.ts';

const name: string = packages.typescript.name;

export const npmChannel: Channel = {
  language: 'typescript',
  async publish({ root, work, version }: Context) {
    const sdk = join(root, packages.typescript.dir);
    await run('npx', ['tsup', '--silent'], { cwd: sdk });
    const tarball = join(work, (await run('npm', ['pack', '--silent', '--pack-destination', work], { cwd: sdk })).trim().split('\n').pop()!);
    const registry = await startVerdaccio(root, join(work, 'verdaccio'));
    try {
      const userconfig = join(work, 'verdaccio', 'publisher.npmrc');
      writeFileSync(userconfig, `${registryHost(registry.url)}:_authToken=${await addUser(registry.url)}\n`);
      await run('npm', ['publish', tarball, '--registry', registry.url, '--userconfig', userconfig], { cwd: work });
    } catch (error) {
      await registry.stop();
      throw error;
    }
    return {
      coordinate: `${name}@${version}`,
      registry: `Verdaccio ${registry.url}`,
      consume: async (server) => {
        const project = join(work, 'npm-consumer');
        mkdirSync(project);
        writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
        writeFileSync(join(project, '.npmrc'), `registry=${registry.url}\n`);
        writeFileSync(join(project, 'main.mjs'), readFileSync(join(import.meta.dirname, 'consumers/main.mjs')));
        // The lock must name where the package came from (this machine's npm config omits it).
        await run('npm', ['install', `${name}@${version}`, '--no-audit', '--no-fund', '--prefer-online', '--omit-lockfile-registry-resolved=false'], { cwd: project });
        const resolved = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8')).packages[`node_modules/${name}`]?.resolved ?? '';
        if (!resolved.startsWith(registry.url)) throw new Error(`${name} came from ${resolved || 'nowhere'}, not ${registry.url}`);
        expectConsumerOk(await run('node', ['main.mjs'], { cwd: project, env: consumerEnv(server) }));
      },
      stop: registry.stop,
    };
  },
};

export const registryHost = (url: string) => url.replace(/^https?:/, '');

/** Verdaccio on a free loopback port, taking publishes of `names` only (the CLI channel adds its own). */
export async function startVerdaccio(root: string, home: string, names: string[] = [name]) {
  mkdirSync(home, { recursive: true });
  const port = await freePort();
  const config = join(home, 'config.yaml');
  writeFileSync(config, [
    `storage: ${join(home, 'storage')}`,
    `auth:\n  htpasswd:\n    file: ${join(home, 'htpasswd')}\n    max_users: 1`,
    'uplinks: {}',
    `packages:\n${names.map((n) => `  '${n}':\n    access: $all\n    publish: $authenticated\n`).join('')}  '**':\n    access: $all`,
    'log: { type: stdout, format: pretty, level: warn }',
    '',
  ].join('\n'));
  const bin = join(root, 'node_modules/verdaccio/bin/verdaccio');
  return startDaemon(process.execPath, [bin, '--config', config, '--listen', `127.0.0.1:${port}`], `http://127.0.0.1:${port}/`);
}

/** The publisher's token: Verdaccio's htpasswd plugin registers a user on the npm login call. */
export async function addUser(url: string): Promise<string> {
  const response = await fetch(`${url}-/user/org.couchdb.user:dry-run`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'dry-run', password: 'dry-run-password' }),
  });
  if (!response.ok) throw new Error(`Verdaccio refused the publisher: ${response.status} ${await response.text()}`);
  return (await response.json()).token;
}
