// `npm run release:plan -- [--base FILE] [--head FILE] [--write]`: every change between the last
// released spec and this one, each with the bump it needs; the last line is
// `bump: major|minor|patch|none`. --write records it as the changeset of the next release.
import { parseArgs } from 'node:util';
import { RELEASED_SPEC, planRelease, recordPlan } from '../plan.ts';
import { root } from '../project.ts';

const { values } = parseArgs({ options: { base: { type: 'string', default: RELEASED_SPEC }, head: { type: 'string', default: 'spec/openapi.json' }, write: { type: 'boolean', default: false } } });
const { base, head } = values;
const plan = await planRelease(base, head);
for (const change of plan.changes) console.log(`${change.bump.padEnd(5)}  ${change.line}  [${change.id}]`);
console.log(`bump: ${plan.bump}`);
if (values.write) console.log(`${recordPlan(root, plan, base, head) ?? 'no changeset'} (${plan.bump})`);
