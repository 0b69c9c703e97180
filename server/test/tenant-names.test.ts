// Tenant names (issue 26): stored in Unicode NFC, so one name has one form; bidirectional controls and
// zero-width characters, which make names look like others, are refused with a 400 naming the field.
import { describe, expect, it } from 'vitest';
import { expectProblem, useServer } from './support.ts';

const ctx = useServer();
const NFD = 'Cafe\u0301';
const NFC = 'Caf\u00e9';

describe('tenant names', () => {
  it('are stored in NFC, on create and on update', async () => {
    const created = await ctx.admin.post('/tenants', { name: NFD });
    expect(created.status).toBe(201);
    expect(created.body.name).toBe(NFC);
    expect((await ctx.admin.get(`/tenants/${created.body.id}`)).body.name).toBe(NFC);
    const updated = await ctx.admin.patch(`/tenants/${created.body.id}`, { name: `${NFD} Bar` });
    expect(updated.body.name).toBe(`${NFC} Bar`);
  });

  it.each([
    ['a right-to-left override (U+202E)', 'Acme\u202Eevil'],
    ['a zero-width space (U+200B)', 'Ac\u200Bme'],
    ['a zero-width joiner (U+200D)', 'Ac\u200Dme'],
    ['a byte order mark (U+FEFF)', '\uFEFFAcme'],
    ['a left-to-right isolate (U+2066)', 'Acme\u2066'],
  ])('refuse %s with a 400 naming body.name, on create and on update', async (_case, name) => {
    expectProblem(await ctx.admin.post('/tenants', { name }), 400, 'body.name');
    const tenant = (await ctx.admin.post('/tenants', { name: 'Plain' })).body;
    expectProblem(await ctx.admin.patch(`/tenants/${tenant.id}`, { name }), 400, 'body.name');
    expect((await ctx.admin.get(`/tenants/${tenant.id}`)).body.name).toBe('Plain');
  });
});
