// How every language sample lays out a bracketed list of parts (arguments, fields, items): on one
// line when it fits and no part spans lines, else one part a line, one `unit` deeper than `indent`.
const WIDTH = 80;

export interface WrapStyle {
  /** The indentation step: two spaces, four, a tab. */
  unit: string;
  /** Inside the brackets on one line: `{ a }` (' ') or `[a]` (''). */
  pad?: string;
  /** After the last part once broken: ',' where the language allows it, '' where it does not (Java). */
  trailing?: string;
}

export function wrap(open: string, parts: string[], close: string, indent: string, style: WrapStyle): string {
  const pad = parts.length ? (style.pad ?? '') : '';
  const flat = `${open}${pad}${parts.join(', ')}${pad}${close}`;
  if (flat.length <= WIDTH && !flat.includes('\n')) return flat;
  const trailing = style.trailing ?? ',';
  const lines = parts.map((part, i) => `${indent}${style.unit}${part}${i < parts.length - 1 ? ',' : trailing}`);
  return `${open}\n${lines.join('\n')}\n${indent}${close}`;
}
