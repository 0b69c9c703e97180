// io.cognitionos.CognitionOSClient from templates/CognitionOSClient.java: the hand-written builder,
// plus one accessor per top-level resource. SdkInfo carries the versions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SdkModel } from '../model/types.ts';
import { EMITTED_HEADER } from './header.ts';
import { camel, javadoc, literal } from './naming.ts';
import { serviceClass } from './emit-services.ts';

export function emitClient(model: SdkModel): string {
  const services = model.resources.map((resource) => ({ field: camel(resource.words), type: serviceClass(resource), id: resource.id }));
  const template = readFileSync(join(import.meta.dirname, 'templates/CognitionOSClient.java'), 'utf8');
  return `${EMITTED_HEADER}\n${template
    .replace('/*imports*/\n', services.map((s) => `import io.cognitionos.services.${s.type};\n`).join(''))
    .replace('/*fields*/\n', services.map((s) => `    private final ${s.type} ${s.field};\n`).join(''))
    .replace('/*constructor*/\n', services.map((s) => `        this.${s.field} = new ${s.type}(core);\n`).join(''))
    .replace('/*accessors*/\n', services.map((s) => `\n${javadoc('    ', `The ${s.id} operations.`)}    public ${s.type} ${s.field}() {\n        return ${s.field};\n    }\n`).join(''))}`;
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
