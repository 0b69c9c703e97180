// `npm run release:version`: the next version of all four SDKs from the pending changesets.
import { root } from '../project.ts';
import { versionRelease } from '../version.ts';
import { versionPlaces } from '../versions.ts';

await versionRelease(root);
for (const { place, version } of versionPlaces(root)) console.log(`${version ?? 'missing'}  ${place}`);
