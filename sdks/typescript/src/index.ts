// Generated from spec/openapi.json by generators/typescript. Do not edit: change the spec or the generator.
import { CognitionOSClient } from './client.js';

export { CognitionOSClient };
export default CognitionOSClient;
export type { ClientOptions, RequestOptions, HeadersInit, Logger } from './core/base-client.js';
export { createFetchTransport, type Fetch, type Transport, type TransportRequest, type TransportResponse } from './core/transport.js';
export type { Middleware, MiddlewareNext } from './core/middleware.js';
export { APIPromise, type WithResponse } from './core/api-promise.js';
export { Page, PagePromise, type PageBody } from './core/pagination.js';
export type { PollOptions } from './core/polling.js';
export * from './core/errors.js';
export * from './core/error-classes.js';
export type * from './types.js';
export { HealthResource } from './resources/health.js';
export { Tenants } from './resources/tenants.js';
export { ApiKeys } from './resources/api-keys.js';
export { SubscriptionResource } from './resources/subscription.js';
export { Plugins } from './resources/plugins.js';
export { Workflows } from './resources/workflows.js';
export { Executions } from './resources/executions.js';
export { Memories } from './resources/memories.js';
export { Usage } from './resources/usage.js';
export { VERSION, SPEC_VERSION } from './version.js';
