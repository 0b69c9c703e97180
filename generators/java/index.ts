// The Java SDK room: the one SDK model and policy -> every file of sdks/java. Emitted: models,
// services, the client, the policy constants and exceptions, pom.xml, README and api.md. Copied with a
// header: the runtime (./runtime -> src/main/java), the unit tests (./tests -> src/test/java) and the
// contract suite (./contract -> src/test/java/io/cognitionos/contract, run with `mvn -Pcontract test`).
import { join } from 'node:path';
import type { LanguageRoom } from '../input.ts';
import { allResources } from '../model/build.ts';
import type { Method, SdkModel } from '../model/types.ts';
import type { Policy } from '../policy/policy.ts';
import { project } from '../project.ts';
import { copyFolder } from '../write-tree.ts';
import { checkJava } from './check.ts';
import { emitAsyncClient, emitClient, emitSdkInfo } from './emit-client.ts';
import { emitModel, emitType } from './emit-models.ts';
import { emitException, emitPolicy, exceptionClass } from './emit-policy.ts';
import { emitApiReference } from './emit-api.ts';
import { emitPom } from './emit-pom.ts';
import { emitReadme } from './emit-readme.ts';
import { ASYNC, BLOCKING, emitService, serviceClass } from './emit-services.ts';
import { copiedHeader } from './header.ts';
import { problemTypes } from './problem.ts';

const here = import.meta.dirname;
const MAIN = 'src/main/java/io/cognitionos';

export const java: LanguageRoom = {
  name: 'java',
  dir: 'sdks/java',
  keep: new Set(['target']), // Maven's build output
  emit: async ({ model, policy, version }) => emitPackage(model, policy, project, version),
  check: checkJava,
};

export function emitPackage(spec: SdkModel, policy: Policy, pkg: typeof project, version: string): Map<string, string> {
  const model: SdkModel = { ...spec, types: [...spec.types, ...problemTypes(spec)] };
  const files = new Map<string, string>([
    ['pom.xml', emitPom(pkg, version)],
    ['README.md', emitReadme(model, policy, pkg, version)],
    ['api.md', emitApiReference(model)],
    [`${MAIN}/CognitionOSClient.java`, emitClient(model)],
    [`${MAIN}/CognitionOSClientAsync.java`, emitAsyncClient(model)],
    [`${MAIN}/internal/Policy.java`, emitPolicy(policy)],
    [`${MAIN}/internal/SdkInfo.java`, emitSdkInfo(version, model.specVersion)],
    // The unit tests are table-driven from the policy itself.
    ['src/test/resources/policy.json', JSON.stringify(policy, null, 2) + '\n'],
    ...copied('runtime', 'src/main/java'),
    ...copied('tests', 'src/test/java'),
    ...copied('contract', 'src/test/java/io/cognitionos/contract'),
  ]);
  for (const row of policy.errors) files.set(`${MAIN}/errors/${exceptionClass(row)}.java`, emitException(row));
  const models = new Map<string, string>();
  for (const type of model.types) {
    const source = emitType(type, model);
    if (source) models.set(type.name, source);
  }
  for (const method of model.methods) {
    const params = method.params;
    if (params && !model.types.some((t) => t.name === params.type) && !models.has(params.type)) models.set(params.type, emitModel(params.type, paramsDescription(method), params.fields, model));
  }
  for (const [name, source] of models) {
    if (RUNTIME_NAMES.has(name)) throw new Error(`the type ${name} has the name of a class the Java SDK's models and services use; rename the schema`);
    files.set(`${MAIN}/models/${name}.java`, source);
  }
  for (const resource of allResources(model.resources)) {
    for (const flavor of [BLOCKING, ASYNC]) files.set(`${MAIN}/services/${serviceClass(resource, flavor)}.java`, emitService(resource, model, flavor));
  }
  return files;
}

/** Names the emitted models and services import or extend: a model class of the same name would shadow them. */
const RUNTIME_NAMES = new Set(['ApiObject', 'ApiEnum', 'ApiIntegerEnum', 'ApiUnion', 'Json', 'JsonNode', 'ObjectNode', 'Page', 'AsyncPage', 'RequestOptions', 'RawResponse', 'WithRawResponse', 'ClientCore', 'PathTemplate', 'Polling', 'Wire', 'CompletableFuture', 'Duration', 'LocalDate', 'OffsetDateTime', 'List', 'Map', 'Optional', 'Set', 'Object', 'String', 'Integer', 'Long', 'Double', 'Boolean', 'Override', 'Deprecated', 'Builder', 'Value']);

// The params type the model synthesized for query parameters (alone, or beside a body).
function paramsDescription(method: Method): string {
  const params = method.params!;
  if (params.in === 'query') return `Query parameters of ${method.resource}.${method.verb}.`;
  return `Parameters of ${method.resource}.${method.verb}: ${params.query.map((f) => `{@code ${f.wire}}`).join(', ')} go in the URL, the others in the JSON body.`;
}

function copied(folder: string, target: string): Array<[string, string]> {
  return copyFolder(join(here, folder), `${target}/`, (file) => (file.endsWith('.java') ? copiedHeader(`${folder}/${file}`) : undefined));
}
