// Go: the module is released by a tag `sdks/go/vX.Y.Z` (tag prefix from generators/project.json).
// The tag is made in a throwaway clone, a file-system GOPROXY is written from it (../goproxy), and a
// fresh module fetches the SDK from that proxy alone (its own module cache, no checksum database:
// the version exists nowhere else yet).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumerEnv, expectConsumerOk, type Channel, type Context } from './channel.ts';
import { run } from './process.ts';
import { packages } from '../project.ts';

const { module: modulePath, dir, tagPrefix } = packages.go;
const goEnv = { GOTOOLCHAIN: 'local', GOFLAGS: '-modcacherw' };

export const goChannel: Channel = {
  language: 'go',
  async publish({ root, work, version }: Context) {
    const clone = join(work, 'go-repo');
    const tag = `${tagPrefix}${version}`;
    await run('git', ['clone', '-q', '--no-checkout', root, clone]);
    await run('git', ['-C', clone, 'tag', tag, 'HEAD']);
    const proxy = join(work, 'goproxy');
    await run('go', ['run', '.', '-repo', clone, '-tag', tag, '-subdir', dir, '-module', modulePath, '-out', proxy], { cwd: join(import.meta.dirname, '../goproxy'), env: goEnv });
    return {
      coordinate: `${modulePath}@v${version}`,
      registry: `GOPROXY file://${proxy} (tag ${tag})`,
      consume: async (server) => {
        const project = join(work, 'go-consumer');
        mkdirSync(project);
        writeFileSync(join(project, 'go.mod'), 'module example.com/consumer\n\ngo 1.23\n');
        writeFileSync(join(project, 'main.go'), readFileSync(join(import.meta.dirname, 'consumers/main.go')));
        const env = { ...goEnv, GOPROXY: `file://${proxy}`, GOSUMDB: 'off', GOMODCACHE: join(work, 'gomodcache') };
        await run('go', ['get', `${modulePath}@v${version}`], { cwd: project, env });
        expectConsumerOk(await run('go', ['run', '.'], { cwd: project, env: { ...env, ...consumerEnv(server) } }));
      },
      stop: async () => {},
    };
  },
};
