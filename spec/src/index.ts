// What the server and the tools import: the built document, the operation table, every schema.
export { document, tags } from './document.ts';
export { operations, type Operation, type Access } from './registry.ts';
export { locationPath, PATH_PARAM, pathParamsOf } from './links.ts';
export * from './common.ts';
export * from './tenants.ts';
export * from './api-keys.ts';
export * from './subscription.ts';
export * from './plugins.ts';
export * from './workflows.ts';
export * from './executions.ts';
export * from './memories.ts';
export * from './usage.ts';
export * from './health.ts';
