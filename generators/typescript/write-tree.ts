// Makes a folder hold exactly the given files: changed files rewritten, stale ones removed,
// unchanged ones untouched. Build output and installed modules (top-level folders named in
// `notGenerated`) are not the generator's.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const NOT_GENERATED = new Set(['node_modules', 'dist']);

export function writeTree(folder: string, files: Map<string, string>, notGenerated = NOT_GENERATED): void {
  for (const existing of listFiles(folder, folder, notGenerated)) if (!files.has(existing)) rmSync(join(folder, existing));
  for (const [file, content] of files) {
    const target = join(folder, file);
    if (existsSync(target) && readFileSync(target, 'utf8') === content) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

/** Every file under `folder`, as paths relative to it with `/` separators, in a stable order. */
export function listFiles(folder: string, base = folder, notGenerated = NOT_GENERATED): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .sort()
    .filter((name) => !(folder === base && notGenerated.has(name)))
    .flatMap((name) => {
      const full = join(folder, name);
      return statSync(full).isDirectory() ? listFiles(full, base, notGenerated) : [relative(base, full).split('\\').join('/')];
    });
}
