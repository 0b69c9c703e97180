// `npm run release:dry-run`: the release without the internet. Each SDK is built, published to a
// real registry started on loopback, installed back by name and version into a fresh project
// outside the workspace, and runs the DESIGN example against its own reference server. One line per
// language, then `dry run: N/4 consumers ok`; the exit code is non-zero unless all four are.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sdkVersion } from '../../../generators/sdk-version.ts';
import { startServer, type RunningServer } from '../../../test/support/server.ts';
import type { Channel, Context, Published } from '../dry-run/channel.ts';
import { cliChannel } from '../dry-run/cli.ts';
import { goChannel } from '../dry-run/goproxy.ts';
import { mavenChannel } from '../dry-run/maven.ts';
import { npmChannel } from '../dry-run/npm.ts';
import { pypiChannel } from '../dry-run/pypi.ts';
import { root } from '../project.ts';

const CHANNELS: Channel[] = [npmChannel, pypiChannel, goChannel, mavenChannel, cliChannel];

async function release(channel: Channel, context: Context): Promise<boolean> {
  let published: Published | undefined;
  let server: RunningServer | undefined;
  try {
    published = await channel.publish(context);
    server = await startServer();
    await published.consume(server);
    console.log(`${channel.language} consumer: ok (${published.coordinate} from ${published.registry})`);
    return true;
  } catch (error) {
    console.log(`${channel.language} consumer: FAILED (${(error as Error).message})`);
    return false;
  } finally {
    await server?.stop();
    await published?.stop();
  }
}

const context: Context = { root, work: mkdtempSync(join(tmpdir(), 'cognitionos-release-')), version: sdkVersion(root) };
let ok = 0;
try {
  for (const channel of CHANNELS) if (await release(channel, context)) ok++;
} finally {
  rmSync(context.work, { recursive: true, force: true });
}
console.log(`dry run: ${ok}/${CHANNELS.length} consumers ok`);
process.exitCode = ok === CHANNELS.length ? 0 : 1;
