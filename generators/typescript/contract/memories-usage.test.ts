import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../src/index.js';
import { failure, unique, useTenant } from './environment.js';

const session = useTenant();

describe('memories and usage', () => {
  it('memories.crud: created, retrieved, listed with scope/agent/tag filters, deleted', async () => {
    const { client } = session();
    const agent = unique('agent');
    const tag = unique('tag');
    const memory = await client.memories.create({ scope: 'private', agent_id: agent, content: 'prefers Mondays', tags: [tag], metadata: { source: 'chat' } });
    expect(memory).toMatchObject({ scope: 'private', agent_id: agent, content: 'prefers Mondays', tags: [tag], metadata: { source: 'chat' } });
    await client.memories.create({ scope: 'shared', content: 'someone else', tags: ['other'] });
    expect(await client.memories.retrieve(memory.id)).toMatchObject({ id: memory.id, content: 'prefers Mondays' });
    for (const filter of [{ scope: 'private' as const, agent_id: agent }, { tag }, { agent_id: agent }]) {
      const page = await client.memories.list(filter);
      expect(page.data.map((m) => m.id)).toEqual([memory.id]);
    }
    await client.memories.delete(memory.id);
    expect(await failure(client.memories.retrieve(memory.id))).toBeInstanceOf(NotFoundError);
  });

  it('memories.search: the best BM25 match ranks first, scores descending', async () => {
    const { client } = session();
    const word = unique('zebra').replace('-', '');
    const best = await client.memories.create({ scope: 'global', content: `${word} ${word} ${word} grazing` });
    await client.memories.create({ scope: 'global', content: `one ${word} among many other words here` });
    await client.memories.create({ scope: 'global', content: 'nothing relevant at all' });
    const result = await client.memories.search({ query: word, top_k: 5 });
    expect(result.data[0]!.memory.id).toBe(best.id);
    const scores = result.data.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.length).toBeGreaterThanOrEqual(2);
  });

  it("usage.record_summary: recorded usage is summed, and api_calls counts the tenant's calls", async () => {
    const { client } = session();
    const metric = `tokens_${unique('m').slice(2).replace('-', '')}`;
    await client.usage.record({ metric, quantity: 5 });
    await client.usage.record({ metric, quantity: 7 });
    const summary = await client.usage.summary({ granularity: 'day' });
    expect(summary.totals.find((t) => t.metric === metric)?.quantity).toBe(12);
    expect(summary.totals.find((t) => t.metric === 'api_calls')?.quantity).toBeGreaterThan(0);
    const only = await client.usage.summary({ metric, granularity: 'hour' });
    expect(only.data.every((bucket) => bucket.metric === metric)).toBe(true);
  });
});
