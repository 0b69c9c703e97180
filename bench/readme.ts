// Writes one bench's figures into its own section of bench/README.md, leaving the other sections alone.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const file = new URL('./README.md', import.meta.url);

export function writeBenchSection(name: string, markdown: string) {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\nEach section is written by its bench (`npm run bench`); figures are from the last run on the 2-core dev machine.\n';
  const section = `${start}\n${markdown.trim()}\n${end}`;
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  writeFileSync(file, pattern.test(current) ? current.replace(pattern, section) : `${current.trimEnd()}\n\n${section}\n`);
}
