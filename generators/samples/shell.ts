// Shell spelling shared by the CLI and curl samples: quoting, and path ids as shell variables.
import { upperSnakeCase } from '../model/naming.ts';
import type { Sample } from './values.ts';

/** A word as the shell reads it: bare when it has no special character, else single-quoted. */
export function shellWord(text: string): string {
  return /^[A-Za-z0-9_.,:/@%+=-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** `TENANT_ID`: the shell variable holding a path id. */
export const idVariable = (words: string[]) => upperSnakeCase(words);

/** `TENANT_ID=ten_...` lines, one per path id. */
export const idAssignments = (sample: Sample) => sample.ids.map((id) => `${idVariable(id.field.words)}=${shellWord(id.value)}`);
