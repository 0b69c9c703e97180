// Generated from generators/typescript/tests/unit/tsdoc.test.ts by generators/typescript. Do not edit: change generators/typescript/tests/unit/tsdoc.test.ts or the generator.
// Every exported symbol of the built package, and every public member of its exported classes and
// interfaces, carries a doc comment in dist/index.d.ts: what an editor shows on hover. Read with
// the TypeScript compiler API over the one declaration file, without the standard library (no
// type check: the comments are all it reads), which keeps it well under a second.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const declarations = fileURLToPath(new URL('../../dist/index.d.ts', import.meta.url));

function undocumentedExports(file: string): string[] {
  const program = ts.createProgram([file], { noEmit: true, noLib: true, types: [] });
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

describe('TSDoc in dist/index.d.ts', () => {
  it('documents every export and every public member', () => {
    expect(existsSync(declarations), 'build the package first (npm run build)').toBe(true);
    expect(undocumentedExports(declarations)).toEqual([]);
  });
});
