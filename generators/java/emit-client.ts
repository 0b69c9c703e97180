// io.cognitionos.CognitionOSClient from templates/CognitionOSClient.java: the hand-written builder,
// plus one accessor per top-level resource, and its asynchronous twin. SdkInfo carries the versions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SdkModel } from '../model/types.ts';
import { EMITTED_HEADER } from './header.ts';
import { camel, documented, literal } from './naming.ts';
import { ASYNC, BLOCKING, serviceClass, type Flavor } from './emit-services.ts';

function services(model: SdkModel, flavor: Flavor) {
  return model.resources.map((resource) => ({ field: camel(resource.words), type: serviceClass(resource, flavor), id: resource.id }));
}

const fields = (list: ReturnType<typeof services>) => list.map((s) => `    private final ${s.type} ${s.field};\n`).join('');
// A service's constructor takes the internal ClientCore, so it is not public: Construct reaches it.
const constructed = (list: ReturnType<typeof services>) => list.map((s) => `        this.${s.field} = Construct.service(${s.type}.class, core);\n`).join('');
const accessors = (list: ReturnType<typeof services>) =>
  list.map((s) => `\n${documented('    ', [`The ${s.id} operations.`], { returns: 'that service' })}    public ${s.type} ${s.field}() {\n        return ${s.field};\n    }\n`).join('');
const imports = (list: ReturnType<typeof services>) => list.map((s) => `import io.cognitionos.services.${s.type};\n`).join('');

export function emitClient(model: SdkModel): string {
  const blocking = services(model, BLOCKING);
  const template = readFileSync(join(import.meta.dirname, 'templates/CognitionOSClient.java'), 'utf8');
  return `${EMITTED_HEADER}\n${template
    .replace('/*imports*/\n', imports(blocking))
    .replace('/*fields*/\n', fields(blocking))
    .replace('/*constructor*/\n', constructed(blocking))
    .replace('/*accessors*/\n', accessors(blocking))}`;
}

/** `client.async()`: the asynchronous twin of every service, on the client's core. */
export function emitAsyncClient(model: SdkModel): string {
  const async = services(model, ASYNC);
  return `${EMITTED_HEADER}
package io.cognitionos;

import io.cognitionos.internal.ClientCore;
import io.cognitionos.internal.Construct;
${imports(async)}
/** {@code client.async()}: every service of the client, each method answering a CompletableFuture. */
public final class CognitionOSClientAsync {
${fields(async)}
    CognitionOSClientAsync(ClientCore core) {
${constructed(async)}    }
${accessors(async)}}
`;
}

export function emitSdkInfo(version: string, specVersion: string): string {
  return `${EMITTED_HEADER}
package io.cognitionos.internal;

/** The versions this build was generated with. */
public final class SdkInfo {
    /** This SDK's version (the one version of every CognitionOS SDK), sent in the User-Agent. */
    public static final String VERSION = ${literal(version)};
    /** The spec version it was generated from; servers name theirs in CognitionOS-Spec-Version. */
    public static final String SPEC_VERSION = ${literal(specVersion)};

    private SdkInfo() {}
}
`;
}
