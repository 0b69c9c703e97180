import { describe, expect, it } from 'vitest';
import { acronymOf, plural, singular, splitWords } from './naming.ts';

describe('splitWords', () => {
  it.each([
    ['tenant_id', { given: 'tenant_id', want: ['tenant', 'id'] }],
    ['camelCase', { given: 'apiKeys', want: ['api', 'keys'] }],
    ['leading acronym', { given: 'APIKeys', want: ['api', 'keys'] }],
    ['kebab', { given: 'api-keys', want: ['api', 'keys'] }],
    ['one letter', { given: 'top_k', want: ['top', 'k'] }],
    ['PascalCase', { given: 'ExecutionCreateParams', want: ['execution', 'create', 'params'] }],
    ['plural acronym', { given: 'IDs', want: ['ids'] }],
    ['plural acronym inside', { given: 'userIDs', want: ['user', 'ids'] }],
    ['two acronyms', { given: 'URLsAndIDs', want: ['urls', 'and', 'ids'] }],
    ['acronym then word', { given: 'HTTPStatus', want: ['http', 'status'] }],
    ['trailing acronym', { given: 'userID', want: ['user', 'id'] }],
    ['colon-separated', { given: 'memory:read', want: ['memory', 'read'] }],
    ['digits stay with their word', { given: 'int64_value', want: ['int64', 'value'] }],
    ['dotted', { given: 'tenants.apiKeys', want: ['tenants', 'api', 'keys'] }],
  ])('%s: %j', (_name, { given, want }) => {
    expect(splitWords(given)).toEqual(want);
  });
});

describe('singular and plural', () => {
  it.each([
    ['keys', { given: 'keys', want: 'key' }],
    ['access stays', { given: 'access', want: 'access' }],
    ['status stays', { given: 'status', want: 'status' }],
    ['statuses', { given: 'statuses', want: 'status' }],
    ['policies', { given: 'policies', want: 'policy' }],
    ['addresses', { given: 'addresses', want: 'address' }],
    ['ids', { given: 'ids', want: 'id' }],
    ['responses', { given: 'responses', want: 'response' }],
    ['boxes', { given: 'boxes', want: 'box' }],
    ['days (vowel before y)', { given: 'days', want: 'day' }],
  ])('singular %s', (_name, { given, want }) => {
    expect(singular(given)).toEqual(want);
  });

  it.each([
    ['key', { given: 'key', want: 'keys' }],
    ['policy', { given: 'policy', want: 'policies' }],
    ['address', { given: 'address', want: 'addresses' }],
    ['day', { given: 'day', want: 'days' }],
    ['match', { given: 'match', want: 'matches' }],
  ])('plural %s', (_name, { given, want }) => {
    expect(plural(given)).toEqual(want);
    expect(singular(plural(given))).toEqual(given);
  });
});

describe('acronymOf', () => {
  it.each([
    ['id', { given: 'id', want: 'ID' }],
    ['ids', { given: 'ids', want: 'IDs' }],
    ['api', { given: 'api', want: 'API' }],
    ['not an acronym', { given: 'keys', want: undefined }],
  ])('%s', (_name, { given, want }) => {
    expect(acronymOf(given)).toEqual(want);
  });
});
