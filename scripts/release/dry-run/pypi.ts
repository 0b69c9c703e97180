// PyPI: the Python SDK, built as sdist and wheel by `python -m build`, uploaded by twine to
// pypiserver, installed back with pip into a fresh virtualenv whose only index is that server. Its
// dependencies (pydantic, urllib3, ...) are not ours: pypiserver redirects those to PyPI.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumerEnv, expectConsumerOk, type Channel, type Context } from './channel.ts';
import { freePort, run, startDaemon } from './process.ts';
import { packages } from '../project.ts';

const name: string = packages.python.name;

export const pypiChannel: Channel = {
  language: 'python',
  async publish({ root, work, version }: Context) {
    await run('bash', [join(root, 'scripts/venv.sh')]); // build, twine and pypiserver (requirements-dev.txt)
    const venv = (tool: string) => join(root, '.venv/bin', tool);
    const dist = join(work, 'python-dist');
    await run(venv('python'), ['-m', 'build', '--outdir', dist, join(root, packages.python.dir)]);
    const storage = join(work, 'pypiserver');
    mkdirSync(storage);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    // -a . -P . : no authentication, the server lives only as long as this run, on loopback.
    const registry = await startDaemon(venv('pypi-server'), ['run', '-i', '127.0.0.1', '-p', String(port), '-a', '.', '-P', '.', storage], `${url}health`);
    try {
      const files = readdirSync(dist).map((file) => join(dist, file));
      await run(venv('twine'), ['upload', '--non-interactive', '--repository-url', url, '-u', 'dry-run', '-p', 'dry-run', ...files]);
    } catch (error) {
      await registry.stop();
      throw error;
    }
    return {
      coordinate: `${name}@${version}`,
      registry: `pypiserver ${url}`,
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
      },
      stop: registry.stop,
    };
  },
};
