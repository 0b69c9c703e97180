// The package's entry points: src/client.ts (the client class with its top-level resources),
// src/index.ts (everything a user imports) and src/version.ts (sent in the User-Agent).
import { GENERATED_HEADER } from './header.ts';
import type { SdkModel } from './resource-tree.ts';
import { allResources } from './resource-tree.ts';

export function emitClient(model: SdkModel): string {
  const { clientName, resources } = model;
  return [
    GENERATED_HEADER,
    "import { BaseClient } from './core/base-client.js';",
    ...resources.map((r) => `import { ${r.className} } from './resources/${r.fileName}.js';`),
    '',
    `export class ${clientName} extends BaseClient {`,
    ...resources.map((r) => `  readonly ${r.property}: ${r.className} = new ${r.className}(this);`),
    '}',
    '',
  ].join('\n');
}

export function emitIndex(model: SdkModel): string {
  const classes = allResources(model.resources);
  return [
    GENERATED_HEADER,
    `import { ${model.clientName} } from './client.js';`,
    '',
    `export { ${model.clientName} };`,
    `export default ${model.clientName};`,
    "export type { ClientOptions, RequestOptions, Fetch, FetchInit, FetchResponse, HeadersInit } from './core/base-client.js';",
    "export { APIPromise, type WithResponse } from './core/api-promise.js';",
    "export { Page, PagePromise, type PageBody } from './core/pagination.js';",
    "export type { PollOptions } from './core/polling.js';",
    "export * from './core/errors.js';",
    "export type * from './types.js';",
    ...classes.map((r) => `export { ${r.className} } from './resources/${r.fileName}.js';`),
    "export { VERSION, SPEC_VERSION } from './version.js';",
    '',
  ].join('\n');
}

/** VERSION is the package's; SPEC_VERSION the spec's `info.version`, which the server echoes in CognitionOS-Spec-Version. */
export function emitVersion(version: string, specVersion: string): string {
  return `${GENERATED_HEADER}\nexport const VERSION = '${version}';\nexport const SPEC_VERSION = '${specVersion}';\n`;
}
