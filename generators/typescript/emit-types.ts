// The wire types: openapi-typescript's `paths`/`components`/`operations` (src/openapi.ts), and
// src/types.ts naming each type of the model the way users import them (`Tenant`,
// `TenantCreateParams`, `TenantListParams`, `HealthStatus`). openapi-typescript reads the spec
// itself; which enums are open and which types get a name are the model's decisions. Enums that
// only ever come back from the server are left open (`'queued' | ... | (string & {})`): a newer
// server may add a value, and a closed type would promise callers an exhaustiveness the API does
// not give. Enums a caller sends stay closed, so a typo still fails to compile.
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import type { EnumType, Method, NamedType, SdkModel } from '../model/types.ts';
import { paramsDoc, typeDoc } from './docs.ts';
import { GENERATED_HEADER } from './header.ts';
import { typePath, typeSource } from './type-paths.ts';

export async function emitOpenApiTypes(spec: Record<string, unknown>, model: SdkModel): Promise<string> {
  const openEnums = new Map(model.types.filter(isResponseOnlyEnum).map((type) => [typePath(model, type.origin), type]));
  const ast = await openapiTS(structuredClone(spec) as never, {
    // A field with a default may be left out of a request: keep it optional.
    defaultNonNullable: false,
    // A list's items and a map's values are transformed under their list's path, before the list
    // itself: only the enum's own union of values is opened, never the list around it.
    postTransform(type, options) {
      const open = openEnums.get(options.path ?? '');
      return open && isUnionOfValues(type) ? openUnion(type, open) : undefined;
    },
  });
  return `${GENERATED_HEADER}\n${astToString(ast)}`;
}

export function emitNamedTypes(model: SdkModel): string {
  const named = model.types.flatMap((type) => {
    const source = typeSource(model, type.origin);
    return source ? [{ name: type.name, source, doc: typeDoc(type, model) }] : [];
  });
  named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const params = model.methods.flatMap((m) => (paramsTypeSource(m) ? [`${paramsDoc(m, model)}\nexport type ${m.params!.type} = ${paramsTypeSource(m)};`] : []));
  const lines = [
    GENERATED_HEADER,
    `import type { ${['components', 'operations', 'paths'].filter((name) => [...named.map((n) => n.source), ...params].some((s) => s.includes(`${name}[`))).join(', ')} } from './openapi.js';`,
    '',
    ...named.map(({ name, source, doc }) => `${doc}\nexport type ${name} = ${source};`),
    '',
    ...params,
  ];
  return `${lines.join('\n')}\n`;
}

// A params type the model does not list among its types: query parameters alone, or a body's type
// together with the query parameters sent beside it.
function paramsTypeSource(method: Method): string | undefined {
  const params = method.params;
  if (!params || params.type === params.bodyType) return undefined;
  const query = `NonNullable<operations['${method.operationId}']['parameters']['query']>`;
  return params.bodyType ? `${params.bodyType} & ${query}` : query;
}

function isResponseOnlyEnum(type: NamedType): type is EnumType {
  return type.kind === 'enum' && type.usage.response && !type.usage.request;
}

// An enum as openapi-typescript writes it: its values (string values as identifiers that print
// quoted), `| null` when nullable.
function isUnionOfValues(type: ts.TypeNode): boolean {
  return ts.isUnionTypeNode(type) && type.types.every((t) => ts.isLiteralTypeNode(t) || ts.isIdentifier(t));
}

function openUnion(type: ts.TypeNode, enumType: EnumType): ts.TypeNode {
  const anyValue = ts.factory.createIntersectionTypeNode([
    ts.factory.createKeywordTypeNode(enumType.base === 'string' ? ts.SyntaxKind.StringKeyword : ts.SyntaxKind.NumberKeyword),
    ts.factory.createTypeLiteralNode([]),
  ]);
  return ts.factory.createUnionTypeNode([type, anyValue]);
}
