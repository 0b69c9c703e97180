// The command table for every spec of the fixture corpus (generators/fixtures): every operation has
// exactly one command, every name is well-formed kebab case, no two commands or flags collide, path
// ids are positional in path order, enum flags carry their values, and each example runs the
// command it documents. (The fixture CLIs are not compiled: each would need its own fixture SDK.)
import { describe, expect, it } from 'vitest';
import { FIXTURES, readFixture } from '../fixtures/generate.ts';
import { buildModel } from '../model/build.ts';
import { buildCommandTable, GLOBAL_FLAGS } from './command-table.ts';

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

describe.each(FIXTURES)('fixture %s', (name) => {
  const model = buildModel(readFixture(name));
  const table = buildCommandTable(model);

  it('one command per operation, each calling the SDK method of its resource path and verb', () => {
    expect(table).toHaveLength(model.methods.length);
    for (const { sdkMethod } of table) expect(sdkMethod).toMatch(/^client(\.[a-z][A-Za-z0-9]*)+$/);
  });

  it('resource names, aliases and verbs are kebab case, and no two commands share a spelling', () => {
    const spellings = new Map<string, string>();
    for (const { spec } of table) {
      for (const word of [...spec.resource, ...spec.aliases.flat(), spec.verb, ...spec.verbAliases]) expect(word, `${name}: ${word}`).toMatch(KEBAB);
      // Every way of typing the command (each level by name or alias, the verb or its alias).
      const levels = spec.resource.map((r, i) => [r, ...(spec.aliases[i] ?? [])]);
      let ways: string[][] = [[]];
      for (const options of [...levels, [spec.verb, ...spec.verbAliases]]) ways = ways.flatMap((w) => options.map((o) => [...w, o]));
      for (const way of ways) {
        const key = way.join(' ');
        expect(spellings.get(key), `${name}: "${key}" is two commands`).toBeUndefined();
        spellings.set(key, spec.path);
      }
    }
    // A verb never shares its spelling with a sub-resource at the same level.
    for (const { spec } of table) {
      const sibling = table.find((other) => other.spec.resource.length > spec.resource.length && other.spec.resource.slice(0, spec.resource.length).join() === spec.resource.join() && other.spec.resource[spec.resource.length] === spec.verb);
      expect(sibling, `${name}: verb ${spec.verb} is also a sub-resource`).toBeUndefined();
    }
  });

  it('flags are kebab case, unique per command, never a global flag, typed, with enum values listed', () => {
    for (const { spec } of table) {
      const flags = spec.flags.map((f) => f.flag);
      expect(new Set(flags).size, `${name} ${spec.verb}: ${flags}`).toBe(flags.length);
      for (const flag of spec.flags) {
        expect(flag.flag).toMatch(KEBAB);
        expect(GLOBAL_FLAGS.has(flag.flag), `${name}: --${flag.flag} collides with a global flag`).toBe(false);
        if (flag.kind === 'boolean') expect(flags).not.toContain(`no-${flag.flag}`);
        if (flag.kind === 'enum') expect(flag.values?.length).toBeGreaterThan(0);
        expect(flag.description.trim()).not.toBe('');
      }
    }
  });

  it('path parameters are the positionals, in path order; the example names the command, its ids and required flags', () => {
    for (const { spec } of table) {
      const inPath = [...spec.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      expect(spec.positionals.map((p) => p.name)).toEqual(inPath);
      expect(spec.example.startsWith(['cognition-cli', ...spec.resource, spec.verb, ...inPath.map((p) => `<${p}>`)].join(' '))).toBe(true);
      for (const flag of spec.flags.filter((f) => f.required)) expect(spec.example).toContain(`--${flag.flag}`);
    }
  });
});
