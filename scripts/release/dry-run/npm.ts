// npm: Verdaccio 5 (no uplink: it serves only what was published to it). release.yml's npm steps
// publish to it with a token in an npmrc of this run (setup-node writes one the same way in CI); a
// fresh project installs the SDK back.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumerEnv, deadUrl, expectConsumerOk, type Channel, type Context } from './channel.ts';
import { freePort, run, startDaemon } from './process.ts';
import { packages } from '../project.ts';
import { cliConsumer, mcpConsumer } from './npm-tools.ts';

const name: string = packages.typescript.name;
/** Every npm package of a release, as scripts/release/publish/npm.sh ships them. */
const names: string[] = [name, packages.cli.name, packages.mcp.name];

export const npmChannel: Channel = {
  language: 'typescript',
  async start({ root, work, version }: Context) {
    const home = join(work, 'verdaccio');
    const registry = await startVerdaccio(root, home);
    const userconfig = join(home, 'publisher.npmrc');
    writeFileSync(userconfig, `${registry.url.replace(/^https?:/, '')}:_authToken=${await addUser(registry.url)}\n`);
    return {
      language: 'typescript',
      name: `Verdaccio ${registry.url}`,
      env: { NPM_REGISTRY: registry.url, NPM_CONFIG_USERCONFIG: userconfig },
      brokenEnv: { NPM_REGISTRY: await deadUrl(freePort) },
      holdings: async () => (await Promise.all(names.map((n) => versionsOf(registry.url, n)))).flat(),
      packages: names.length,
      consumers: [cliConsumer(work, registry.url, version), mcpConsumer(work, registry.url, version)],
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
        return `${name}@${version}`;
      },
      stop: registry.stop,
    };
  },
};

async function versionsOf(url: string, packageName: string): Promise<string[]> {
  const response = await fetch(`${url}${packageName.replace('/', '%2f')}`);
  if (response.status === 404) return [];
  return Object.keys((await response.json()).versions ?? {}).map((v) => `${packageName}@${v}`);
}

async function startVerdaccio(root: string, home: string) {
  mkdirSync(home, { recursive: true });
  const port = await freePort();
  const config = join(home, 'config.yaml');
  writeFileSync(config, [
    `storage: ${join(home, 'storage')}`,
    `auth:\n  htpasswd:\n    file: ${join(home, 'htpasswd')}\n    max_users: 1`,
    // Ours are served only from what was published here; the MCP server's own dependencies
    // (@modelcontextprotocol/sdk, ajv) come through from the registry npm is configured with.
    `uplinks:\n  upstream:\n    url: ${(await run('npm', ['config', 'get', 'registry'])).trim()}`,
    `packages:\n  '@cognitionos/*':\n    access: $all\n    publish: $authenticated\n  '**':\n    access: $all\n    proxy: upstream`,
    'log: { type: stdout, format: pretty, level: warn }',
    '',
  ].join('\n'));
  const bin = join(root, 'node_modules/verdaccio/bin/verdaccio');
  return startDaemon(process.execPath, [bin, '--config', config, '--listen', `127.0.0.1:${port}`], `http://127.0.0.1:${port}/`);
}

/** The publisher's token: Verdaccio's htpasswd plugin registers a user on the npm login call. */
async function addUser(url: string): Promise<string> {
  const response = await fetch(`${url}-/user/org.couchdb.user:dry-run`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'dry-run', password: 'dry-run-password' }),
  });
  if (!response.ok) throw new Error(`Verdaccio refused the publisher: ${response.status} ${await response.text()}`);
  return (await response.json()).token;
}
