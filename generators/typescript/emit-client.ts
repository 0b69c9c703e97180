// The package's entry points: src/client.ts (the client class with its top-level resources),
// src/index.ts (everything a user imports) and src/version.ts (sent in the User-Agent).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SdkModel } from '../model/types.ts';
import { docComment } from './docs.ts';
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
    docComment(`The ${model.title} client: \`new ${clientName(model)}({ apiKey })\`, then one property per resource (${resources.map((r) => `\`${propertyName(r)}\``).join(', ')}).`),
    `export class ${clientName(model)} extends BaseClient {`,
    ...resources.map((r) => `${docComment(`The \`${propertyName(r)}\` calls.`, '  ')}\n  readonly ${propertyName(r)}: ${className(r, model)} = new ${className(r, model)}(this);`),
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
    "export type { ClientOptions, RequestOptions, HeadersInit, Logger } from './core/base-client.js';",
    "export { createFetchTransport, type Fetch, type Transport, type TransportRequest, type TransportResponse } from './core/transport.js';",
    "export type { Middleware, MiddlewareNext } from './core/middleware.js';",
    "export { APIPromise, type WithResponse } from './core/api-promise.js';",
    "export { Page, PagePromise, type PageBody } from './core/pagination.js';",
    "export type { PollOptions } from './core/polling.js';",
    "export * from './core/errors.js';",
    "export * from './core/error-classes.js';",
    "export type * from './types.js';",
    ...runtimeWins(model),
    ...classes.map((r) => `export { ${className(r, model)} } from './resources/${fileName(r)}.js';`),
    "export { VERSION, SPEC_VERSION } from './version.js';",
    '',
  ].join('\n');
}

// A spec type named like an export of runtime/core/errors.ts (the fixtures' `Problem`) would make
// the two `export *` above ambiguous, a compile error: the runtime's, which `error.problem` has,
// is exported by name, and that wins. The spec's stays importable from its module.
function runtimeWins(model: SdkModel): string[] {
  const runtime = readFileSync(join(import.meta.dirname, 'runtime/core/errors.ts'), 'utf8');
  const exported = [...runtime.matchAll(/^export (class|function|const|interface|type) (\w+)/gm)];
  return exported
    .filter(([, , name]) => model.types.some((t) => t.name === name))
    .map(([, kind, name]) => `export ${kind === 'interface' || kind === 'type' ? 'type ' : ''}{ ${name} } from './core/errors.js';`);
}

/** VERSION is the package's; SPEC_VERSION the spec's `info.version`, which the server echoes in CognitionOS-Spec-Version. */
export function emitVersion(version: string, specVersion: string): string {
  return `${GENERATED_HEADER}
/** This package's version, sent in the User-Agent. */
export const VERSION = '${version}';
/** The spec version this SDK was generated from; the server answers its own in CognitionOS-Spec-Version. */
export const SPEC_VERSION = '${specVersion}';
`;
}
