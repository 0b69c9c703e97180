// A secret field of an answer (ApiKeyWithSecret.secret) is redacted in the object's string form
// under util.inspect (console.log), while the object and its JSON keep it whole.
import { inspect } from 'node:util';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { redactSecret } from '../../src/internal/secrets.js';
import { BASE_URL, json, newClient, server, tenant } from './mock-server.js';

const secret = 'cog_live_0123456789abcdef0123456789abcdef';
const created = { id: 'key_1', name: 'ci', prefix: 'cog_live_01', created_at: tenant.created_at, revoked_at: null, secret };

describe('secrets in string forms', () => {
  it('shows a new key\'s secret as a short prefix under util.inspect, whole in the object and JSON', async () => {
    server.use(http.post(`${BASE_URL}/tenants/ten_1/api_keys`, () => json(created, 201)));
    const key = await newClient().tenants.apiKeys.create('ten_1', { name: 'ci' });
    const shown = inspect(key);
    expect(shown).not.toContain(secret);
    expect(shown).toContain(`'${redactSecret(secret)}'`);
    expect(shown).toContain('key_1');
    expect(key.secret).toBe(secret);
    expect(JSON.parse(JSON.stringify(key))).toEqual(created);
    expect(inspect({ nested: key }, { depth: 3 })).not.toContain(secret);
  });

  it.each([
    [secret, 'cog_live_01…'],
    ['cog_live_0123', 'cog_…'],
    ['short', 's…'],
  ])('redacts %j to %j: at most 11 characters and a third of it', (value, expected) => {
    expect(redactSecret(value)).toBe(expected);
  });
});
