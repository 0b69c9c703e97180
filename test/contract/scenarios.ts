// The scenario catalogue (scenarios.json): the ids every SDK's contract suite names its tests by.
import { readFileSync } from 'node:fs';

export interface Scenario {
  id: string;
  statement: string;
  /** Columns the scenario cannot apply to (a transport, a header's letter case on a command line), each with the reason. */
  not_applicable?: Record<string, string>;
}

export function loadScenarios(): Scenario[] {
  const { scenarios } = JSON.parse(readFileSync(new URL('./scenarios.json', import.meta.url), 'utf8')) as { scenarios: Scenario[] };
  const seen = new Set<string>();
  for (const { id } of scenarios) {
    if (seen.has(id)) throw new Error(`scenarios.json: duplicate id ${id}`);
    seen.add(id);
  }
  return scenarios;
}
