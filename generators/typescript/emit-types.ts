// The wire types: openapi-typescript's `paths`/`components`/`operations` (src/openapi.ts), and
// src/types.ts naming each one the way users import them (`Tenant`, `TenantCreateParams`,
// `TenantListParams`). Enums that only ever come back from the server are left open
// (`'queued' | ... | (string & {})`): a newer server may add a value, and a closed type would
// promise callers an exhaustiveness the API does not give. Enums a caller sends stay closed, so a
// typo still fails to compile.
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import type { SdkModel } from '../model/types.ts';
import { GENERATED_HEADER } from './header.ts';

type Json = Record<string, any>;

export async function emitOpenApiTypes(spec: Json): Promise<string> {
  const openEnums = responseOnlyEnums(spec);
  const ast = await openapiTS(structuredClone(spec) as never, {
    // A field with a default may be left out of a request: keep it optional.
    defaultNonNullable: false,
    postTransform(type, options) {
      const name = /^#\/components\/schemas\/([^/]+)$/.exec(options.path ?? '')?.[1];
      return name && openEnums.has(name) ? openUnion(type) : undefined;
    },
  });
  return `${GENERATED_HEADER}\n${astToString(ast)}`;
}

export function emitNamedTypes(model: SdkModel): string {
  const schemas = Object.keys(model.schemas).sort();
  const queryTypes = model.methods.filter((m) => m.params?.in === 'query').map((m) => ({ name: m.params!.type, operationId: m.operationId }));
  const lines = [
    GENERATED_HEADER,
    "import type { components, operations } from './openapi.js';",
    '',
    ...schemas.map((name) => `export type ${name} = components['schemas']['${name}'];`),
    '',
    ...queryTypes.map((q) => `export type ${q.name} = NonNullable<operations['${q.operationId}']['parameters']['query']>;`),
  ];
  return `${lines.join('\n')}\n`;
}

function openUnion(type: ts.TypeNode): ts.TypeNode {
  const anyString = ts.factory.createIntersectionTypeNode([
    ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
    ts.factory.createTypeLiteralNode([]),
  ]);
  return ts.factory.createUnionTypeNode([type, anyString]);
}

// Enum components reachable from responses but from no request body or parameter.
function responseOnlyEnums(spec: Json): Set<string> {
  const sent = new Set<string>();
  for (const item of Object.values<Json>(spec.paths)) {
    for (const operation of Object.values<Json>(item)) {
      if (typeof operation !== 'object' || !operation.responses) continue;
      collectRefs(spec, operation.requestBody ?? {}, sent);
      collectRefs(spec, operation.parameters ?? [], sent);
    }
  }
  return new Set(
    Object.entries<Json>(spec.components.schemas)
      .filter(([name, schema]) => Array.isArray(schema.enum) && schema.type === 'string' && !sent.has(name))
      .map(([name]) => name),
  );
}

function collectRefs(spec: Json, node: unknown, seen: Set<string>): void {
  if (Array.isArray(node)) return node.forEach((child) => collectRefs(spec, child, seen));
  if (!node || typeof node !== 'object') return;
  const ref = (node as Json).$ref as string | undefined;
  const schemaName = ref?.startsWith('#/components/schemas/') ? ref.split('/').pop()! : undefined;
  if (schemaName && !seen.has(schemaName)) {
    seen.add(schemaName);
    collectRefs(spec, spec.components.schemas[schemaName], seen);
  }
  Object.values(node).forEach((child) => collectRefs(spec, child, seen));
}
