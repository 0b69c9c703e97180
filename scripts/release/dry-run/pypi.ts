// PyPI: pypiserver, to which release.yml's PyPI steps upload with twine; a fresh virtualenv whose
// only index is that server installs the SDK back. Its dependencies (pydantic, urllib3, ...) are
// not ours: pypiserver redirects those to PyPI.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumerEnv, deadUrl, expectConsumerOk, type Channel, type Context } from './channel.ts';
import { freePort, run, startDaemon } from './process.ts';
import { packages } from '../project.ts';

const name: string = packages.python.name;

export const pypiChannel: Channel = {
  language: 'python',
  async start({ root, work, version }: Context) {
    const storage = join(work, 'pypiserver');
    mkdirSync(storage);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    // -a . -P . : no authentication, the server lives only as long as this run, on loopback.
    const registry = await startDaemon(join(root, '.venv/bin/pypi-server'), ['run', '-i', '127.0.0.1', '-p', String(port), '-a', '.', '-P', '.', storage], `${url}health`);
    const dead = await deadUrl(freePort);
    return {
      language: 'python',
      name: `pypiserver ${url}`,
      env: { PYPI_UPLOAD_URL: url, PYPI_INDEX_URL: url, TWINE_USERNAME: 'dry-run', TWINE_PASSWORD: 'dry-run' },
      brokenEnv: { PYPI_UPLOAD_URL: dead, PYPI_INDEX_URL: dead },
      holdings: async () => {
        // Unknown projects are redirected to PyPI (the consumer's dependencies come from there).
        const response = await fetch(`${url}simple/${name}/`, { redirect: 'manual' });
        if (response.status !== 200) return [];
        return [...(await response.text()).matchAll(/>([^<]+)<\/a>/g)].map((match) => match[1]);
      },
      packages: 1,
      consume: async (server) => {
        const project = join(work, 'python-consumer');
        mkdirSync(project);
        writeFileSync(join(project, 'main.py'), readFileSync(join(import.meta.dirname, 'consumers/main.py')));
        await run('python3', ['-m', 'venv', join(project, '.venv')]);
        const report = join(project, 'install-report.json');
        await run(join(project, '.venv/bin/pip'), ['install', '-q', '--index-url', `${url}simple/`, '--report', report, `${name}==${version}`], { cwd: project });
        const installed = JSON.parse(readFileSync(report, 'utf8')).install.find((item: any) => item.metadata.name === name);
        const from: string = installed?.download_info?.url ?? '';
        if (!from.startsWith(url)) throw new Error(`${name} came from ${from || 'nowhere'}, not ${url}`);
        expectConsumerOk(await run(join(project, '.venv/bin/python'), ['main.py'], { cwd: project, env: consumerEnv(server) }));
        return `${name}@${version}`;
      },
      stop: registry.stop,
    };
  },
};
