// Generated from generators/typescript/contract/errors.test.ts by generators/typescript. Do not edit: change generators/typescript/contract/errors.test.ts or the generator.
import { beforeAll, describe, expect, it } from 'vitest';
import { APIError, AuthenticationError, BadRequestError, NotFoundError, UnprocessableEntityError, type TenantCreateParams } from '../../src/index.js';
import { admin, adminKey, clientFor, expectSpecVersion, failure, newTenant, unique } from './environment.js';

beforeAll(() => expectSpecVersion());

describe('errors', () => {
  it('errors.bad_request: bad input names the offending field in the problem body', async () => {
    // Sent past the validating proxy: it would refuse this out-of-spec request itself.
    const direct = clientFor(adminKey, 'COGNITIONOS_DIRECT_BASE_URL');
    const error = await failure<APIError>(direct.tenants.create({ name: '' }));
    expect([BadRequestError, UnprocessableEntityError].some((E) => error instanceof E)).toBe(true);
    expect(error.problem?.errors?.map((e) => e.path).join(' ')).toContain('name');
    const unknownField = { name: 'x', colour: 'red' } as TenantCreateParams;
    const second = await failure<APIError>(direct.tenants.create(unknownField));
    expect(second.problem?.errors?.map((e) => e.path).join(' ')).toContain('colour');
  });

  it('errors.not_found: an unknown id is NotFound, status 404', async () => {
    const error = await failure<NotFoundError>(admin.tenants.retrieve('ten_doesnotexist0000000000000'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.status).toBe(404);
    expect(error.problem?.status).toBe(404);
  });

  it('errors.authentication: a wrong key is Authentication, status 401', async () => {
    const error = await failure<AuthenticationError>(clientFor('cog_wrong_key_000000000000').tenants.list());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.status).toBe(401);
  });

  it("errors.tenant_isolation: another tenant's object is NotFound, never PermissionDenied", async () => {
    const [owner, stranger] = [await newTenant(), await newTenant()];
    const memory = await owner.client.memories.create({ scope: 'private', content: unique('secret') });
    const workflow = await owner.client.workflows.create({ name: unique('wf'), steps: [{ type: 'delay', duration_ms: 1 }] });
    // Thunks, so each call starts only when awaited: a call that rejected before its turn would be unhandled.
    const calls = [() => stranger.client.memories.retrieve(memory.id), () => stranger.client.workflows.retrieve(workflow.id), () => stranger.client.memories.delete(memory.id)];
    for (const call of calls) {
      const error = await failure<APIError>(call());
      expect(error).toBeInstanceOf(NotFoundError);
    }
    expect(await owner.client.memories.retrieve(memory.id)).toMatchObject({ id: memory.id });
  });

  it('errors.request_id: every SDK error carries the X-Request-Id of its response', async () => {
    const errors = [
      await failure<APIError>(admin.tenants.retrieve('ten_missing00000000000000000')),
      await failure<APIError>(clientFor('cog_wrong_key_000000000000').tenants.list()),
    ];
    for (const error of errors) {
      expect(error.requestId).toMatch(/\S/);
      expect(error.requestId).toBe(error.headers?.get('x-request-id'));
      expect(error.message).toContain(error.requestId);
    }
  });

  it('errors.no_key_in_text: no error message or string form contains the API key', async () => {
    const wrongKey = `cog_${unique('wrongkey').replace('-', '')}`;
    const session = await newTenant();
    const errors = [
      await failure<Error>(clientFor(wrongKey).tenants.list()),
      await failure<Error>(session.client.memories.retrieve('mem_missing000000000000000000')),
      await failure<Error>(clientFor(adminKey, 'COGNITIONOS_DIRECT_BASE_URL').tenants.create({ name: '' })),
      await failure<Error>(clientFor(wrongKey, 'COGNITIONOS_BASE_URL', { baseURL: 'http://127.0.0.1:9/api/v3', maxRetries: 0 }).tenants.list()),
    ];
    for (const [error, key] of errors.map((e, i) => [e, [wrongKey, session.apiKey, adminKey, wrongKey][i]!] as const)) {
      for (const text of [error.message, String(error), error.stack ?? '', JSON.stringify(error)]) expect(text).not.toContain(key);
    }
  });
});
