// The package's entry points: src/client.ts (the client class with its top-level resources),
// src/index.ts (everything a user imports) and src/version.ts (sent in the User-Agent).
import type { SdkModel } from '../model/types.ts';
import { GENERATED_HEADER } from './header.ts';
import { allResources } from '../model/build.ts';
import { className, clientName, fileName, propertyName } from './naming.ts';

export function emitClient(model: SdkModel): string {
  const { resources } = model;
  return [
    GENERATED_HEADER,
    "import { BaseClient } from './core/base-client.js';",
    ...resources.map((r) => `import { ${className(r, model)} } from './resources/${fileName(r)}.js';`),
    '',
    `export class ${clientName(model)} extends BaseClient {`,
    ...resources.map((r) => `  readonly ${propertyName(r)}: ${className(r, model)} = new ${className(r, model)}(this);`),
    '}',
    '',
  ].join('\n');
}

export function emitIndex(model: SdkModel): string {
  const classes = allResources(model.resources);
  const client = clientName(model);
  return [
    GENERATED_HEADER,
    `import { ${client} } from './client.js';`,
    '',
    `export { ${client} };`,
    `export default ${client};`,
    "export type { ClientOptions, RequestOptions, HeadersInit } from './core/base-client.js';",
    "export { createFetchTransport, type Fetch, type Transport, type TransportRequest, type TransportResponse } from './core/transport.js';",
    "export { APIPromise, type WithResponse } from './core/api-promise.js';",
    "export { Page, PagePromise, type PageBody } from './core/pagination.js';",
    "export type { PollOptions } from './core/polling.js';",
    "export * from './core/errors.js';",
    "export type * from './types.js';",
    ...classes.map((r) => `export { ${className(r, model)} } from './resources/${fileName(r)}.js';`),
    "export { VERSION, SPEC_VERSION } from './version.js';",
    '',
  ].join('\n');
}

/** VERSION is the package's; SPEC_VERSION the spec's `info.version`, which the server echoes in CognitionOS-Spec-Version. */
export function emitVersion(version: string, specVersion: string): string {
  return `${GENERATED_HEADER}\nexport const VERSION = '${version}';\nexport const SPEC_VERSION = '${specVersion}';\n`;
}
