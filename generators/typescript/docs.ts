// The TSDoc the emitters write above every exported symbol, so editors and the .d.ts show it: the
// spec's descriptions where it has them, otherwise a sentence made from the model (what answers a
// type, which call a params type belongs to). One place, so every module words them alike.
import type { Method, NamedType, SdkModel } from '../model/types.ts';
import { allResources } from '../model/build.ts';
import { clientPath, methodName } from './naming.ts';

/** `/** text *\/` (one line) or a block, indented by `indent`; `*\/` inside text is broken up. */
export function docComment(text: string, indent = '', tags: string[] = []): string {
  const lines = [...text.replace(/\*\//g, '*\\/').split('\n'), ...tags];
  if (lines.length === 1) return `${indent}/** ${lines[0]} */`;
  return [`${indent}/**`, ...lines.map((line) => `${indent} *${line ? ` ${line}` : ''}`), `${indent} */`].join('\n');
}

/** `POST /workflows/{workflow_id}/executions`: the HTTP call a method makes. */
export const httpCall = (method: Method) => `${method.httpMethod.toUpperCase()} ${method.path}`;

/** `client.workflows.executions.create`: how a caller reaches a method. */
export function callPath(method: Method, model: SdkModel): string {
  const resource = allResources(model.resources).find((r) => r.id === method.resource)!;
  return ['client', ...clientPath(resource), methodName(method)].join('.');
}

/** A method's doc: summary, description, the HTTP call, and @deprecated when the spec says so. */
export function methodDoc(method: Method, indent: string): string {
  const text = [method.summary ? `${method.summary}: \`${httpCall(method)}\`` : `\`${httpCall(method)}\``, ...(method.description ? ['', method.description] : [])].join('\n');
  return docComment(text, indent, method.deprecated ? ['@deprecated'] : []);
}

/** A named type's doc: the spec's description, else what the model knows of its role. */
export function typeDoc(type: NamedType, model: SdkModel): string {
  const text = type.description ?? roleSentence(type, model);
  return docComment(text, '', type.deprecated ? ['@deprecated'] : []);
}

function roleSentence(type: NamedType, model: SdkModel): string {
  const uses = (pick: (m: Method) => string | undefined) => model.methods.filter((m) => pick(m) === type.name).map((m) => `\`${callPath(m, model)}\``);
  if (type.kind === 'object' && type.role === 'params') return `The params of ${uses((m) => m.params?.bodyType).join(', ')}.`;
  if (type.kind === 'object' && type.role === 'page') return `A page of a list: \`data\`, \`has_more\` and \`next_cursor\`.`;
  if (type.kind === 'enum') return `One of ${type.values.map((v) => `\`${v.value}\``).join(', ')}${type.usage.request ? '' : ' (a newer server may send others)'}.`;
  if (type.kind === 'union') return `One of ${type.variants.map((v) => (v.type.kind === 'named' ? `\`${v.type.name}\`` : `\`${v.value}\``)).join(', ')}${type.discriminator ? `, told apart by \`${type.discriminator.wire}\`` : ''}.`;
  const answeredBy = uses((m) => (m.response.kind === 'model' ? m.response.type : m.response.kind === 'page' ? m.response.item : undefined));
  if (answeredBy.length) return `The ${type.name} object, as answered by ${answeredBy.join(', ')}.`;
  return `The ${type.name} object, part of other answers and params.`;
}

/** The doc of a params type the model does not name (query parameters, or a body with them). */
export function paramsDoc(method: Method, model: SdkModel): string {
  return docComment(`The params of \`${callPath(method, model)}\` (\`${httpCall(method)}\`).`);
}
