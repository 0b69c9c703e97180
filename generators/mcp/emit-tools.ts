// src/tools.ts: one tool per operation, as data the runtime serves: the name, the spec's summary and
// description, annotations from the method's effects, the input schema from the model, and how to
// reach the TypeScript SDK method that makes the call.
import { allResources } from '../model/build.ts';
import type { Method, Resource, SdkModel } from '../model/types.ts';
import { clientPath, methodName, pollMethodName } from '../typescript/naming.ts';
import { inputSchema } from './emit-schema.ts';
import { GENERATED } from './header.ts';
import { resourcePrefix, toolName } from './naming.ts';

export function emitTools(model: SdkModel): string {
  const tools = allResources(model.resources).flatMap((resource) => resource.methods.map((method) => toolOf(model, resource, method)));
  return `${GENERATED}
import type { ToolSpec } from './tool-spec.js';

export const TOOLS: readonly ToolSpec[] = ${JSON.stringify(tools, null, 2)};
`;
}

function toolOf(model: SdkModel, resource: Resource, method: Method) {
  const http = `${method.httpMethod.toUpperCase()} ${method.path}`;
  return {
    name: toolName(resource, method),
    title: method.summary || `${method.verb} ${resource.id}`,
    description: [method.summary, method.description, `HTTP: ${http}.`, method.deprecated ? 'Deprecated.' : ''].filter(Boolean).join('\n\n'),
    resource: resource.id,
    resourcePrefix: resourcePrefix(resource),
    operation: method.effects.readOnly ? 'read' : 'write',
    http,
    annotations: {
      title: method.summary,
      readOnlyHint: method.effects.readOnly,
      destructiveHint: method.effects.destructive,
      idempotentHint: method.effects.idempotent,
      openWorldHint: false,
    },
    inputSchema: inputSchema(method, model),
    call: {
      client: clientPath(resource),
      method: methodName(method),
      pathParams: method.pathParams.map((p) => p.wire),
      params: method.params ? (method.params.required ? 'required' : 'optional') : 'none',
      page: method.response.kind === 'page',
      ...(method.polling ? { poll: pollMethodName(method) } : {}),
    },
  };
}
