// Writes the changeset for a contract change: compares spec/openapi.json with its version at a base
// git ref (default HEAD~1) and records the bump every SDK needs. The release workflow runs it when
// the spec changed and nobody wrote a changeset by hand. Usage: tsx scripts/spec-changeset.ts [ref]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { classifySpecChange } from './spec-bump.ts';

const base = process.argv[2] ?? 'HEAD~1';
const before = JSON.parse(execFileSync('git', ['show', `${base}:spec/openapi.json`], { encoding: 'utf8' }));
const afterText = readFileSync('spec/openapi.json', 'utf8');
const { bump, reasons } = classifySpecChange(before, JSON.parse(afterText));
if (bump === 'none') {
  console.log(`spec/openapi.json is unchanged since ${base}: no changeset`);
  process.exit(0);
}
const file = `.changeset/spec-${createHash('sha256').update(afterText).digest('hex').slice(0, 8)}.md`;
const summary = `Contract change (spec ${before.info.version} → ${JSON.parse(afterText).info.version}):\n\n${reasons.map((reason) => `- ${reason}`).join('\n')}\n`;
writeFileSync(file, `---\n"@cognitionos/sdk": ${bump}\n---\n\n${summary}`);
console.log(`wrote ${file} (${bump})`);
