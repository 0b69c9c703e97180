// The code the docs show, as snippets with their origin: every fenced block of a README (its info
// string's first word picks the checker), and every operation's x-codeSamples of the docs spec.

/** Which checker reads a snippet; `json` is parsed, the others are compiled or parsed (checkers.ts, shell.ts). */
export type SnippetKind = 'typescript' | 'python' | 'go' | 'java' | 'shell' | 'json';

export interface Snippet {
  kind: SnippetKind;
  /** The file it comes from, relative to the repository, and the line its code starts on (1-based). */
  file: string;
  line: number;
  /** What else names it (a sample's operation and tab); empty for a README block. */
  label: string;
  code: string;
}

const KINDS: Record<string, SnippetKind> = {
  ts: 'typescript',
  typescript: 'typescript',
  python: 'python',
  py: 'python',
  go: 'go',
  java: 'java',
  bash: 'shell',
  sh: 'shell',
  shell: 'shell',
  json: 'json',
};

/** The kind of a fence's info string (`ts`, `python title=x`); undefined for blocks nothing checks (text, console, xml). */
export const kindOfFence = (info: string): SnippetKind | undefined => KINDS[info.trim().split(/\s+/)[0]?.toLowerCase() ?? ''];

/** Every fenced block of a Markdown file whose language is checked. */
export function markdownSnippets(file: string, text: string): Snippet[] {
  const lines = text.split('\n');
  const snippets: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, info] = open;
    // CommonMark: the fence closes on a line of the same character, at least as long, nothing else.
    const closes = (line: string) => line.trim().length >= fence!.length && line.trim() === fence![0]!.repeat(line.trim().length);
    const end = lines.findIndex((line, j) => j > i && closes(line));
    const close = end === -1 ? lines.length : end;
    const kind = kindOfFence(info!);
    const body = lines.slice(i + 1, close).map((line) => (line.startsWith(indent!) ? line.slice(indent!.length) : line));
    if (kind) snippets.push({ kind, file, line: i + 2, label: '', code: `${body.join('\n')}\n` });
    i = close;
  }
  return snippets;
}

interface DocsSpec {
  paths: Record<string, Record<string, { operationId?: string; 'x-codeSamples'?: { lang: string; label: string; source: string }[] }>>;
}

/** The kind of each sample tab: the four SDKs by language, the CLI and curl as shell. */
const SAMPLE_KINDS: Record<string, SnippetKind> = { TypeScript: 'typescript', Python: 'python', Go: 'go', Java: 'java', CLI: 'shell', curl: 'shell' };

/** Every operation's x-codeSamples, each a snippet named by its operation and tab. */
export function sampleSnippets(file: string, spec: DocsSpec): Snippet[] {
  return Object.values(spec.paths).flatMap((item) =>
    Object.values(item).flatMap((operation) =>
      (operation['x-codeSamples'] ?? []).map((sample) => {
        const kind = SAMPLE_KINDS[sample.label];
        if (!kind) throw new Error(`${file}: ${operation.operationId} has a sample labelled ${sample.label}, which no checker reads`);
        return { kind, file, line: 1, label: `${operation.operationId} ${sample.label}`, code: sample.source };
      }),
    ),
  );
}

/** `README.md:12` or `docs/openapi.samples.json (tenantsCreate Go):3`: where a snippet's line `at` (1-based in the snippet) is. */
export const where = (snippet: Snippet, at = 1) => `${snippet.file}${snippet.label ? ` (${snippet.label})` : ''}:${snippet.line + at - 1}`;
