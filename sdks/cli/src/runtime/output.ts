// Generated from generators/cli/runtime/output.ts by generators/cli. Do not edit: change generators/cli/runtime/output.ts or the generator.
// What a command prints on stdout: `--format auto|table|json|jsonl|yaml` (auto: a table on a terminal,
// JSON when piped), `--fields` picking columns or keys. Only data goes to stdout; messages go to
// stderr. Colour only on a terminal and never with NO_COLOR set (https://no-color.org).

export const FORMATS = ['auto', 'table', 'json', 'jsonl', 'yaml'] as const;
export type Format = (typeof FORMATS)[number];
export type ConcreteFormat = Exclude<Format, 'auto'>;

export function resolveFormat(format: Format, stdoutIsTerminal: boolean): ConcreteFormat {
  return format === 'auto' ? (stdoutIsTerminal ? 'table' : 'json') : format;
}

export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && env.NO_COLOR === undefined && env.TERM !== 'dumb';
}

export function parseFields(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const fields = text.split(',').map((f) => f.trim()).filter(Boolean);
  return fields.length ? fields : undefined;
}

/** The keys `fields` names, in its order (a key the object lacks is left out). */
export function pick(value: unknown, fields: string[] | undefined): unknown {
  if (!fields || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(fields.filter((f) => f in record).map((f) => [f, record[f]]));
}

/** One value (an object, or a page's items as an array) in a whole-document format. */
export function renderDocument(value: unknown, format: ConcreteFormat, options: { fields?: string[]; color: boolean }): string {
  const picked = Array.isArray(value) ? value.map((v) => pick(v, options.fields)) : pick(value, options.fields);
  switch (format) {
    case 'json':
      return `${JSON.stringify(picked, null, 2)}\n`;
    case 'jsonl':
      return Array.isArray(picked) ? picked.map((v) => `${JSON.stringify(v)}\n`).join('') : `${JSON.stringify(picked)}\n`;
    case 'yaml':
      return `${toYaml(picked, 0)}\n`;
    case 'table':
      return Array.isArray(picked) ? renderTable(picked, options.fields, options.color) : renderRecord(picked, options.color);
  }
}

/** `--include`: the answer's status line and headers, then a blank line, as `curl -i` prints them. */
export function responseHead(answer: { httpVersion: string; status: number; statusText: string; headers: Headers }): string {
  const headers = [...answer.headers].map(([name, value]) => `${name}: ${value}\n`).join('');
  return `HTTP/${answer.httpVersion} ${answer.status} ${answer.statusText}\n${headers}\n`;
}

// ---- table --------------------------------------------------------------------------------------

const MAX_CELL = 48;

/** Columns: `fields`, else the scalar keys of the rows (nested values are shown as JSON, cut short). */
export function tableColumns(rows: unknown[], fields: string[] | undefined): string[] {
  if (fields) return fields;
  const columns: string[] = [];
  for (const row of rows) {
    if (row === null || typeof row !== 'object') continue;
    for (const [key, value] of Object.entries(row)) {
      if (!columns.includes(key) && (value === null || typeof value !== 'object')) columns.push(key);
    }
  }
  return columns.length ? columns : ['value'];
}

export function renderTable(rows: unknown[], fields: string[] | undefined, color: boolean): string {
  if (rows.length === 0) return '';
  const columns = tableColumns(rows, fields);
  const cells = rows.map((row) => columns.map((column) => cellText(row !== null && typeof row === 'object' ? (row as Record<string, unknown>)[column] : column === 'value' ? row : undefined)));
  return tableText(columns.map((c) => c.toUpperCase()), cells, color);
}

function renderRecord(value: unknown, color: boolean): string {
  if (value === null || typeof value !== 'object') return `${cellText(value)}\n`;
  const rows = Object.entries(value as Record<string, unknown>).map(([key, v]) => [key, cellText(v)]);
  return tableText(['FIELD', 'VALUE'], rows, color);
}

function tableText(header: string[], rows: string[][], color: boolean): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const head = line(header);
  return `${color ? `\u001b[1m${head}\u001b[22m` : head}\n${rows.map((r) => `${line(r)}\n`).join('')}`;
}

export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL - 1)}…` : flat;
}

// ---- yaml ---------------------------------------------------------------------------------------

// JSON values only, so a small writer is enough: strings that YAML would read as something else
// (numbers, booleans, null, leading indicators, `: `) are double-quoted as JSON strings, which YAML reads back.
export function toYaml(value: unknown, indent: number): string {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return value.map((item) => `${pad}- ${nested(item, indent + 2).trimStart()}`).join('\n');
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return entries.map(([key, item]) => `${pad}${yamlScalar(key)}:${isBlock(item) ? `\n${toYaml(item, indent + 2)}` : ` ${nested(item, indent + 2)}`}`).join('\n');
  }
  return yamlScalar(value);
}

function nested(value: unknown, indent: number): string {
  return isBlock(value) ? toYaml(value, indent) : yamlScalar(value);
}

function isBlock(value: unknown): boolean {
  return value !== null && typeof value === 'object' && Object.keys(value).length > 0;
}

function yamlScalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'object') return Array.isArray(value) ? '[]' : '{}'; // only empty ones get here
  if (typeof value !== 'string') return String(value);
  const plain = /^[A-Za-z_./][\w ./@+-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value) && !value.endsWith(' ');
  return plain ? value : JSON.stringify(value);
}
