// Go: the module is released by a tag `sdks/go/vX.Y.Z` (tag prefix from generators/project.json),
// which release.yml's last step pushes to a git remote: here a bare repository of this run. A
// file-system GOPROXY is then written from that remote's tag (../goproxy, the Go module proxy's
// own zip code), and a fresh module fetches the SDK from that proxy alone (its own module cache, no
// checksum database: the version exists nowhere else yet).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumerEnv, expectConsumerOk, type Channel, type Context } from './channel.ts';
import { run } from './process.ts';
import { packages } from '../project.ts';

const { module: modulePath, dir, tagPrefix } = packages.go;
const goEnv = { GOTOOLCHAIN: 'local', GOFLAGS: '-modcacherw' };

export const goChannel: Channel = {
  language: 'go',
  async start({ work, version }: Context) {
    const remote = join(work, 'go-remote.git');
    await run('git', ['init', '-q', '--bare', remote]);
    const tag = `${tagPrefix}${version}`;
    return {
      language: 'go',
      name: `git remote ${remote}, GOPROXY written from its tag`,
      env: { GO_REMOTE: remote },
      brokenEnv: { GO_REMOTE: join(work, 'no-such-remote.git') },
      holdings: async () => (await run('git', ['-C', remote, 'tag', '--list'])).split('\n').filter(Boolean),
      packages: 1,
      consume: async (server) => {
        // The module proxy clones the repository; its zip code reads a clone, not a bare remote.
        const clone = join(work, 'go-clone');
        await run('git', ['clone', '-q', '--no-checkout', remote, clone]);
        const proxy = join(work, 'goproxy');
        await run('go', ['run', '.', '-repo', clone, '-rev', tag, '-version', `v${version}`, '-subdir', dir, '-module', modulePath, '-out', proxy], { cwd: join(import.meta.dirname, '../goproxy'), env: goEnv });
        const project = join(work, 'go-consumer');
        mkdirSync(project);
        writeFileSync(join(project, 'go.mod'), 'module example.com/consumer\n\ngo 1.23\n');
        writeFileSync(join(project, 'main.go'), readFileSync(join(import.meta.dirname, 'consumers/main.go')));
        const env = { ...goEnv, GOPROXY: `file://${proxy}`, GOSUMDB: 'off', GOMODCACHE: join(work, 'gomodcache') };
        await run('go', ['get', `${modulePath}@v${version}`], { cwd: project, env });
        expectConsumerOk(await run('go', ['run', '.'], { cwd: project, env: { ...env, ...consumerEnv(server) } }));
        return `${modulePath}@v${version}`;
      },
      stop: async () => {},
    };
  },
};
