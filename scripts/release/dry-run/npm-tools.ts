// The CLI and the MCP server installed back from the dry run's npm registry, each into a fresh
// project, and used as a user would against a reference server: `cognition-cli tenants create`
// then `tenant list`; the MCP server started by the official MCP client, its tools listed and
// `tenants_list` called. Our packages must come from that registry, never from elsewhere.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumerEnv, type Consumer } from './channel.ts';
import { run } from './process.ts';
import { packages } from '../project.ts';

async function installFrom(registry: string, project: string, coordinate: string, ours: string[]): Promise<void> {
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  writeFileSync(join(project, '.npmrc'), `registry=${registry}\n`);
  await run('npm', ['install', coordinate, '--no-audit', '--no-fund', '--prefer-online', '--omit-lockfile-registry-resolved=false'], { cwd: project });
  const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8')).packages;
  for (const name of ours) {
    const resolved = lock[`node_modules/${name}`]?.resolved ?? '';
    if (!resolved.startsWith(registry)) throw new Error(`${name} came from ${resolved || 'nowhere'}, not ${registry}`);
  }
}

export function cliConsumer(work: string, registry: string, version: string): Consumer {
  const coordinate = `${packages.cli.name}@${version}`;
  return {
    language: 'cli',
    consume: async (server) => {
      const project = join(work, 'cli-consumer');
      await installFrom(registry, project, coordinate, [packages.cli.name, packages.typescript.name]);
      const bin = join(project, 'node_modules/.bin', packages.cli.bin);
      const env = consumerEnv(server);
      const created = JSON.parse(await run(bin, ['tenants', 'create', '--name', 'cli-consumer'], { cwd: project, env }));
      const listed = JSON.parse(await run(bin, ['tenant', 'list', '--limit', '100'], { cwd: project, env }));
      if (!listed.data.some((tenant: { id: string }) => tenant.id === created.id)) throw new Error(`tenant list did not show ${created.id}`);
      return coordinate;
    },
  };
}

export function mcpConsumer(work: string, registry: string, version: string): Consumer {
  const coordinate = `${packages.mcp.name}@${version}`;
  return {
    language: 'mcp',
    consume: async (server) => {
      const project = join(work, 'mcp-consumer');
      await installFrom(registry, project, coordinate, [packages.mcp.name, packages.typescript.name]);
      writeFileSync(join(project, 'list.mjs'), readFileSync(join(import.meta.dirname, 'consumers/mcp-list.mjs')));
      const output = await run('node', ['list.mjs', join(project, 'node_modules/.bin', packages.mcp.bin)], { cwd: project, env: consumerEnv(server) });
      const listed = /^(\d+) tools, tenants_list answered (\d+) tenants$/m.exec(output);
      if (!listed) throw new Error(`the MCP client did not finish:\n${output.trim()}`);
      return `${coordinate}; ${listed[1]} tools`;
    },
  };
}
