// A sample as a `cognition-cli` invocation, spelled by the CLI's command table: the command's words,
// path ids as shell variables, each param as its flag (a list repeated, a map or an object as JSON,
// `--no-<flag>` for false).
import type { FlagSpec } from '../cli/runtime/spec.ts';
import { BIN, type TableEntry } from '../cli/command-table.ts';
import { idAssignments, idVariable, shellWord } from './shell.ts';
import type { Sample, Value } from './values.ts';

export function cliSample(sample: Sample, entry: TableEntry): string {
  const { spec } = entry;
  const words = [BIN, ...spec.resource, spec.verb, ...sample.ids.map((id) => `"$${idVariable(id.field.words)}"`)];
  for (const { field, value } of sample.params) {
    const flag = spec.flags.find((f) => f.wire === field.wire);
    if (!flag) throw new Error(`${sample.method.operationId}: the CLI has no flag for ${field.wire}`);
    words.push(...flagWords(flag, value));
  }
  if (spec.destructive) words.push('--yes');
  return [...idAssignments(sample), words.join(' '), ''].join('\n');
}

function flagWords(flag: FlagSpec, value: Value): string[] {
  const name = `--${flag.flag}`;
  switch (flag.kind) {
    case 'boolean':
      return [value.json === false ? `--no-${flag.flag}` : name];
    case 'list':
      return (value.json as unknown[]).flatMap((item) => [name, shellWord(String(item))]);
    case 'map':
    case 'json':
      return [name, shellWord(JSON.stringify(value.json))];
    default:
      return [name, shellWord(String(value.json))];
  }
}
