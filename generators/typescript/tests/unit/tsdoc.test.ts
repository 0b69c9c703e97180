// Every exported symbol of the built package's entry points, and every public member of their
// exported classes and interfaces, carries a doc comment in its .d.ts: what an editor shows on hover. Read with
// the TypeScript compiler API over the package's declaration files, without the standard library (no
// type check: the comments are all it reads), which keeps it well under a second.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const entryPoints = ['index.d.ts', 'undici.d.ts'];

function undocumentedExports(file: string): string[] {
  const options = { noEmit: true, noLib: true, types: [] };
  const host = ts.createCompilerHost(options);
  // The package's own declaration files only: a dependency's (undici's) would cost seconds and hold no export of ours.
  host.resolveModuleNames = (names, containingFile) => names.map((name) => (name.startsWith('.') ? ts.resolveModuleName(name, containingFile, options, host).resolvedModule : undefined));
  const program = ts.createProgram([file], options, host);
  const checker = program.getTypeChecker();
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file)!)!);
  const missing: string[] = [];
  const documented = (symbol: ts.Symbol) => symbol.getDocumentationComment(checker).length > 0;
  for (const exported of exports) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!documented(symbol)) missing.push(exported.name);
    if (!(symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface))) continue;
    symbol.members?.forEach((member, name) => {
      if (isPublicApi(String(name), member) && !documented(member)) missing.push(`${exported.name}.${String(name)}`);
    });
  }
  return [...new Set(missing)].sort();
}

// Private (`#private`), constructors, type parameters and the well-known symbols
// (Symbol.asyncIterator) are not documented API of their own.
function isPublicApi(name: string, member: ts.Symbol): boolean {
  if (name.startsWith('#') || name.startsWith('__') || member.flags & ts.SymbolFlags.TypeParameter) return false;
  const modifiers = member.declarations?.flatMap((d) => (ts.canHaveModifiers(d) ? (ts.getModifiers(d) ?? []) : [])) ?? [];
  return !modifiers.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword);
}

describe('TSDoc in the built declarations', () => {
  it.each(entryPoints)('dist/%s documents every export and every public member', (entry) => {
    const declarations = fileURLToPath(new URL(`../../dist/${entry}`, import.meta.url));
    expect(existsSync(declarations), 'build the package first (npm run build)').toBe(true);
    expect(undocumentedExports(declarations)).toEqual([]);
  });
});
