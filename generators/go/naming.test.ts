import { describe, expect, it } from 'vitest';
import type { Method, Resource } from '../model/types.ts';
import { splitWords } from '../model/naming.ts';
import { exported, goVerb, paramsType, serviceType, unexported } from './naming.ts';

const resource = (qualifiedWords: string[][]): Resource => ({ id: '', name: '', words: qualifiedWords.at(-1)!, qualifiedWords, methods: [], children: [] });
const method = (verb: string): Method => ({ verb }) as Method;

describe('Go names', () => {
  it.each([
    [['tenant', 'id'], 'TenantID', 'tenantID'],
    [['api', 'keys'], 'APIKeys', 'apiKeys'],
    [['base', 'url'], 'BaseURL', 'baseURL'],
    [['top', 'k'], 'TopK', 'topK'],
    [['ids'], 'IDs', 'ids'],
    [['type'], 'Type', 'typeParam'],
    [['path'], 'Path', 'pathParam'],
  ])('%j -> %s / %s', (words, exportedName, unexportedName) => {
    expect(exported(words)).toBe(exportedName);
    expect(unexported(words)).toBe(unexportedName);
  });

  it.each([
    ['ApiKeyWithSecret', 'APIKeyWithSecret'],
    ['memory:read', 'MemoryRead'],
    ['workflows:execute', 'WorkflowsExecute'],
    ['uptime_seconds', 'UptimeSeconds'],
    ['APIKeys', 'APIKeys'],
    ['userID', 'UserID'],
    ['IDs', 'IDs'],
    ['URLList', 'URLList'],
  ])('%s -> %s (the model splits, Go joins)', (name, goName) => {
    expect(exported(splitWords(name))).toBe(goName);
  });

  it.each([
    [[['tenants']], 'create', 'TenantService', 'TenantNewParams'],
    [[['tenants']], 'list', 'TenantService', 'TenantListParams'],
    [[['tenants'], ['api', 'keys']], 'create', 'TenantAPIKeyService', 'TenantAPIKeyNewParams'],
    [[['workflows'], ['executions']], 'create', 'WorkflowExecutionService', 'WorkflowExecutionNewParams'],
    [[['memories']], 'search', 'MemoryService', 'MemorySearchParams'],
    [[['tenants'], ['subscription']], 'update', 'TenantSubscriptionService', 'TenantSubscriptionUpdateParams'],
    [[['addresses']], 'list', 'AddressService', 'AddressListParams'],
    [[['access', 'policies']], 'retrieve', 'AccessPolicyService', 'AccessPolicyGetParams'],
  ])('%j %s -> %s, %s', (words, verb, service, params) => {
    expect(serviceType(resource(words))).toBe(service);
    expect(paramsType(resource(words), method(verb))).toBe(params);
  });

  it.each([
    ['create', 'New'],
    ['retrieve', 'Get'],
    ['list', 'List'],
    ['update', 'Update'],
    ['delete', 'Delete'],
    ['revoke', 'Revoke'],
    ['uninstall', 'Uninstall'],
    ['bulkArchive', 'BulkArchive'],
  ])('verb %s -> %s', (verb, goName) => {
    expect(goVerb(method(verb))).toBe(goName);
  });
});
