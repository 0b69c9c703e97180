// Every fixture spec's tool table type-checks against the runtime's ToolSpec (tsc --strict, one run).
import { describe, expect, it } from 'vitest';
import { generateFixtures } from '../fixtures/generate.ts';
import { mcp } from './index.ts';

describe('mcp: the fixture corpus', () => {
  it('type-checks every fixture tool table in one tsc run', async () => {
    const { dirs, cleanup } = await generateFixtures(mcp);
    try {
      expect(() => mcp.check(dirs)).not.toThrow();
    } finally {
      cleanup();
    }
  }, 120_000);
});
