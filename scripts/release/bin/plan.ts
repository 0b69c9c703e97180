// `npm run release:plan -- [--base FILE] [--head FILE] [--write]`: every change between the last
// released spec and this one, each with the bump it needs; the last line is
// `bump: major|minor|patch|none`. --write records it as the changeset of the next release.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CHANGESET, RELEASED_SPEC, changesetText, planRelease } from '../plan.ts';

const { values } = parseArgs({ options: { base: { type: 'string', default: RELEASED_SPEC }, head: { type: 'string', default: 'spec/openapi.json' }, write: { type: 'boolean', default: false } } });
const { base, head } = values;
const plan = await planRelease(base, head);
for (const change of plan.changes) console.log(`${change.bump.padEnd(5)}  ${change.line}  [${change.id}]`);
console.log(`bump: ${plan.bump}`);
if (values.write && plan.bump === 'none') {
  if (existsSync(CHANGESET)) rmSync(CHANGESET);
  console.log(`no changes since ${base}: no changeset`);
} else if (values.write) {
  writeFileSync(CHANGESET, changesetText(plan, base, head));
  console.log(`wrote ${CHANGESET}`);
}
