// Generated from generators/typescript/runtime/core/resource.ts by generators/typescript. Do not edit: change generators/typescript/runtime/core/resource.ts or the generator.
// The base of every generated resource class: it only holds the client that sends the calls.
import type { BaseClient } from './base-client.js';

export abstract class APIResource {
  constructor(protected readonly _client: BaseClient) {}
}
