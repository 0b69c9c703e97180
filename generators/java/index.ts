// The Java SDK: spec/openapi.json -> sdks/java. Emitted from the one SDK model and policy: models,
// services, the client, the policy constants and exceptions, pom.xml and README. Copied with a
// header: the runtime (./runtime -> src/main/java) and the tests (./tests -> src/test/java).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratorInput } from '../input.ts';
import { allResources } from '../model/build.ts';
import type { Json, SdkModel } from '../model/types.ts';
import { project } from '../project.ts';
import { emitAsyncClient, emitClient, emitSdkInfo } from './emit-client.ts';
import { emitModel, emitSchema } from './emit-models.ts';
import { emitException, emitPolicy, exceptionClass } from './emit-policy.ts';
import type { Policy } from '../policy/policy.ts';
import { emitPom } from './emit-pom.ts';
import { emitReadme } from './emit-readme.ts';
import { ASYNC, BLOCKING, emitService, serviceClass } from './emit-services.ts';
import { copiedHeader } from './header.ts';
import { listFiles, writeTree } from '../typescript/write-tree.ts';

const here = import.meta.dirname;
const MAIN = 'src/main/java/io/cognitionos';
/** Maven's build output in sdks/java is not the generator's. */
const NOT_GENERATED = new Set(['target']);

export function generateJava({ root, model, policy, version }: GeneratorInput): void {
  const files = emitPackage(model, policy, project, version);
  writeTree(join(root, 'sdks/java'), files, NOT_GENERATED);
  console.log('java: sdks/java');
}

export function emitPackage(model: SdkModel, policy: Policy, project: Json, version: string): Map<string, string> {
  const files = new Map<string, string>([
    ['pom.xml', emitPom(project, version)],
    ['README.md', emitReadme(model, policy, project, version)],
    [`${MAIN}/CognitionOSClient.java`, emitClient(model)],
    [`${MAIN}/CognitionOSClientAsync.java`, emitAsyncClient(model)],
    [`${MAIN}/internal/Policy.java`, emitPolicy(policy)],
    [`${MAIN}/internal/SdkInfo.java`, emitSdkInfo(version, model.specVersion)],
    // The unit tests are table-driven from the policy itself.
    ['src/test/resources/policy.json', JSON.stringify(policy, null, 2) + '\n'],
    ...copied('runtime', 'src/main/java'),
    ...copied('tests', 'src/test/java'),
  ]);
  for (const row of policy.errors) files.set(`${MAIN}/errors/${exceptionClass(row)}.java`, emitException(row));
  const pages = new Set(model.methods.flatMap((m) => (m.response.kind === 'page' ? [m.response.type] : [])));
  for (const [name, schema] of Object.entries(model.schemas)) {
    const source = pages.has(name) ? undefined : emitSchema(name, schema, model.schemas);
    if (source) files.set(`${MAIN}/models/${name}.java`, source);
  }
  for (const method of model.methods) {
    if (method.params?.in === 'query') files.set(`${MAIN}/models/${method.params.type}.java`, emitModel(method.params.type, `Query parameters of ${method.resource}.${method.verb}.`, method.params.fields, model.schemas));
  }
  for (const resource of allResources(model.resources)) {
    for (const flavor of [BLOCKING, ASYNC]) files.set(`${MAIN}/services/${serviceClass(resource, flavor)}.java`, emitService(resource, model, flavor));
  }
  return files;
}

function copied(folder: string, target: string): Array<[string, string]> {
  return listFiles(join(here, folder)).map((file) => {
    const text = readFileSync(join(here, folder, file), 'utf8');
    return [`${target}/${file}`, file.endsWith('.java') ? `${copiedHeader(`${folder}/${file}`)}\n${text}` : text];
  });
}
