// The CLI's release check: @cognitionos/sdk and @cognitionos/cli (which depends on the SDK of the
// same version) built, packed and published to one Verdaccio on loopback; a fresh project installs
// the CLI by name and version from it alone, then runs `cognition-cli tenant list` (after a
// `tenants create`) against a reference server. Hooked into bin/dry-run.ts as one more channel.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumerEnv, type Channel, type Context } from './channel.ts';
import { addUser, registryHost, startVerdaccio } from './npm.ts';
import { run } from './process.ts';
import { packages } from '../project.ts';

const cliName: string = packages.cli.name;
const sdkName: string = packages.typescript.name;

export const cliChannel: Channel = {
  language: 'cli',
  async publish({ root, work, version }: Context) {
    await run('npm', ['run', '--silent', 'build', '-w', sdkName, '-w', cliName], { cwd: root });
    const tarballs = [];
    for (const dir of [packages.typescript.dir, packages.cli.dir]) {
      tarballs.push(join(work, (await run('npm', ['pack', '--silent', '--pack-destination', work], { cwd: join(root, dir) })).trim().split('\n').pop()!));
    }
    const registry = await startVerdaccio(root, join(work, 'verdaccio-cli'), [sdkName, cliName]);
    try {
      const userconfig = join(work, 'verdaccio-cli', 'publisher.npmrc');
      writeFileSync(userconfig, `${registryHost(registry.url)}:_authToken=${await addUser(registry.url)}\n`);
      for (const tarball of tarballs) await run('npm', ['publish', tarball, '--registry', registry.url, '--userconfig', userconfig], { cwd: work });
    } catch (error) {
      await registry.stop();
      throw error;
    }
    return {
      coordinate: `${cliName}@${version}`,
      registry: `Verdaccio ${registry.url}`,
      consume: async (server) => {
        const project = join(work, 'cli-consumer');
        mkdirSync(project);
        writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'cli-consumer', private: true }));
        writeFileSync(join(project, '.npmrc'), `registry=${registry.url}\n`);
        await run('npm', ['install', `${cliName}@${version}`, '--no-audit', '--no-fund', '--prefer-online', '--omit-lockfile-registry-resolved=false'], { cwd: project });
        const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8')).packages;
        for (const name of [cliName, sdkName]) {
          const resolved = lock[`node_modules/${name}`]?.resolved ?? '';
          if (!resolved.startsWith(registry.url)) throw new Error(`${name} came from ${resolved || 'nowhere'}, not ${registry.url}`);
        }
        const bin = join(project, 'node_modules/.bin/cognition-cli');
        const env = consumerEnv(server);
        const created = JSON.parse(await run(bin, ['tenants', 'create', '--name', 'cli-consumer'], { cwd: project, env }));
        const listed = JSON.parse(await run(bin, ['tenant', 'list', '--limit', '100'], { cwd: project, env }));
        if (!listed.data.some((tenant: { id: string }) => tenant.id === created.id)) throw new Error(`tenant list did not show ${created.id}`);
      },
      stop: registry.stop,
    };
  },
};
