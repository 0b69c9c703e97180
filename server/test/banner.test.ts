// The commands the server shows a newcomer (its start-up lines, the 403 of a tenant call made with the
// admin key) are real: each cognition-cli command is one of the CLI's command table, with its path ids
// in order and only flags it takes, so a regenerated CLI cannot leave them behind unnoticed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCommandTable, GLOBAL_FLAGS } from '../../generators/cli/command-table.ts';
import { buildModel } from '../../generators/model/build.ts';
import { bannerLines } from '../src/banner.ts';
import { TENANT_KEY_NEEDED } from '../src/http/auth.ts';

const spec = JSON.parse(readFileSync(new URL('../../spec/openapi.json', import.meta.url), 'utf8'));
const table = buildCommandTable(buildModel(spec)).map((entry) => entry.spec);

/** Each `cognition-cli ...` command in a text, up to a backquote, a comment or the line's end. */
const commandsIn = (text: string) => [...text.matchAll(/cognition-cli ([^`#\n]+)/g)].map((match) => match[1].trim().split(/\s+/));

/** What is wrong with a command line against the table; empty when it is a command the CLI has. */
function problemsOf(words: string[]): string[] {
  const flagAt = words.findIndex((word) => word.startsWith('--'));
  const [head, flags] = flagAt < 0 ? [words, []] : [words.slice(0, flagAt), words.slice(flagAt)];
  const positionals = head.filter((word) => /^<\w+>$/.test(word)).map((word) => word.slice(1, -1));
  const command = head.filter((word) => !/^<\w+>$/.test(word)).join(' ');
  const found = table.find((candidate) => [...candidate.resource, candidate.verb].join(' ') === command);
  if (!found) return [`no command "${command}"`];
  const problems: string[] = [];
  if (positionals.join() !== found.positionals.map((positional) => positional.name).join()) problems.push(`${command}: path ids ${positionals} instead of ${found.positionals.map((p) => p.name)}`);
  const known = new Set([...found.flags.map((flag) => flag.flag), ...GLOBAL_FLAGS]);
  for (const flag of flags.filter((word) => word.startsWith('--'))) if (!known.has(flag.slice(2))) problems.push(`${command}: no flag ${flag}`);
  return problems;
}

describe('the cognition-cli commands the server shows', () => {
  const texts = {
    'the start-up lines': bannerLines('http://127.0.0.1:8100/api/v3', 'http://127.0.0.1:8100/docs', { source: 'stored' }, 'data/cognitionos.db').join('\n'),
    'the 403 of a tenant call made with the admin key': TENANT_KEY_NEEDED,
  };

  it.each(Object.entries(texts))('%s name commands of the CLI, with their path ids and flags', (_where, text) => {
    const commands = commandsIn(text);
    expect(commands.map((words) => words.slice(0, 3).join(' '))).toEqual(['tenants create --name', 'tenants api-keys create']);
    expect(commands.flatMap(problemsOf)).toEqual([]);
  });

  it('would notice a command the CLI does not have', () => {
    expect(problemsOf(['tenant-keys', 'create', '--name', 'dev'])).toEqual(['no command "tenant-keys create"']);
    expect(problemsOf(['tenants', 'api-keys', 'create', '--label', 'dev'])).toEqual(['tenants api-keys create: path ids  instead of tenant_id', 'tenants api-keys create: no flag --label']);
  });
});
