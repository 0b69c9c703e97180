// The one writer of every generated tree: makes a folder hold exactly the files an emitter returned.
// Changed files are rewritten, stale ones removed, unchanged ones left untouched (so their mtimes
// stay and the drift check reads only real differences). What a tool owns inside the folder (build
// output, installed modules: the top-level names in `keep`) is never the generator's to touch.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export function writeTree(folder: string, files: Map<string, string>, keep: ReadonlySet<string>): void {
  for (const existing of listFiles(folder, keep)) if (!files.has(existing)) rmSync(join(folder, existing));
  for (const [file, content] of files) {
    const target = join(folder, file);
    if (existsSync(target) && readFileSync(target, 'utf8') === content) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  removeEmptyFolders(folder, keep);
}

/** Every file under `folder`, as paths relative to it with `/` separators, in a stable order; the
 * top-level names in `keep` and caches of language tools are left out. */
export function listFiles(folder: string, keep: ReadonlySet<string> = new Set(), base = folder): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .sort()
    .filter((name) => !(folder === base && keep.has(name)) && !TOOL_CACHES.has(name))
    .flatMap((name) => {
      const full = join(folder, name);
      return statSync(full).isDirectory() ? listFiles(full, keep, base) : [relative(base, full).split('\\').join('/')];
    });
}

/** Caches a language's own tools leave beside sources (never generated, never copied). */
const TOOL_CACHES = new Set(['__pycache__', '.pytest_cache', '.mypy_cache', '.ruff_cache']);

function removeEmptyFolders(folder: string, keep: ReadonlySet<string>, base = folder): void {
  for (const name of readdirSync(folder)) {
    const full = join(folder, name);
    if ((folder === base && keep.has(name)) || TOOL_CACHES.has(name) || !statSync(full).isDirectory()) continue;
    removeEmptyFolders(full, keep, base);
    if (readdirSync(full).length === 0) rmSync(full, { recursive: true });
  }
}

/** A room's hand-written folder as files of its package: `[into + path, content]`, each file that
 * `header` gives a line for opening with it (after a `#!` line, which must stay first). */
export function copyFolder(folder: string, into: string, header: (file: string) => string | undefined): Array<[string, string]> {
  return listFiles(folder).map((file) => {
    const text = readFileSync(join(folder, file), 'utf8');
    const line = header(file);
    if (line === undefined) return [into + file, text];
    if (!text.startsWith('#!')) return [into + file, `${line}\n${text}`];
    const [shebang, ...rest] = text.split('\n');
    return [into + file, `${shebang}\n${line}\n${rest.join('\n')}`];
  });
}
