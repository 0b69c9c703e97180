// One file per resource: its service (methods in spec order, nested services as fields) and the
// params type of each method; and client.go, which makes every top-level service.
import { splitWords } from '../model/naming.ts';
import { typeNamed } from '../model/build.ts';
import type { Field, Method, Resource, SdkModel, TypeRef } from '../model/types.ts';
import { docComment, goType, goTypeNamed, withDeprecation } from './go-types.ts';
import { emitMarshal, fieldLines, goField, resultType, type GoField } from './emit-models.ts';
import { exported, fieldName, goVerb, paramsType, serviceType, unexported } from './naming.ts';
import { GENERATED } from './header.ts';

export function emitResourceFile(model: SdkModel, resource: Resource): string {
  const methods = resource.methods.map((method) => emitMethod(model, resource, method));
  const params = resource.methods.filter((m) => m.params).map((m) => emitParams(model, resource, m));
  const body = [emitService(resource), ...methods, ...params].join('\n');
  // A resource that only holds nested ones has no method, so no import but option is certain.
  const uses = (pkg: string) => new RegExp(`\\b${pkg}\\.[A-Z]`).test(body);
  const imports = [
    ...['context', 'encoding/json', 'iter', 'net/http', 'net/url', 'time'].filter((pkg) => uses(pkg.split('/').pop()!)),
    '',
    'github.com/cognitionos/sdk-platform/sdks/go/option',
  ];
  return `${GENERATED}\n\npackage cognitionos\n\nimport (\n${imports.map((i) => (i ? `\t"${i}"` : '')).join('\n')}\n)\n\n${body}`;
}

function emitService(resource: Resource): string {
  const type = serviceType(resource);
  const children = resource.children.map((child) => `\t// ${fieldName(child)} holds the ${child.id} operations.\n\t${fieldName(child)} *${serviceType(child)}`);
  return `// ${type} holds the ${resource.id} operations. Make it through NewClient.
type ${type} struct {
	service
${children.join('\n')}
}

func new${type}(options []option.RequestOption) *${type} {
	return &${type}{service: service{options}${resource.children.map((c) => `, ${fieldName(c)}: new${serviceType(c)}(options)`).join('')}}
}
`;
}

interface Signature {
  /** `ctx context.Context, tenantID string, params TenantNewParams, opts ...option.RequestOption` */
  declared: string;
  /** The same arguments as passed on: `ctx, tenantID, params, opts...` */
  passed: string;
}

export function signature(resource: Resource, method: Method): Signature {
  const path = method.pathParams.map((p) => unexported(p.words));
  const params = method.params ? [`params ${paramsType(resource, method)}`] : [];
  return {
    declared: ['ctx context.Context', ...path.map((p) => `${p} string`), ...params, 'opts ...option.RequestOption'].join(', '),
    passed: ['ctx', ...path, ...(method.params ? ['params'] : []), 'opts...'].join(', '),
  };
}

function emitMethod(model: SdkModel, resource: Resource, method: Method): string {
  const type = serviceType(resource);
  const verb = goVerb(method);
  const { declared } = signature(resource, method);
  const result = resultType(model, method.response);
  const detail = method.description && method.description !== method.summary ? `\n\n${method.description}` : '';
  const doc = docComment(withDeprecation(`${verb} calls ${method.httpMethod.toUpperCase()} ${method.path}: ${lowerFirst(method.summary || method.operationId)}.${detail}`, method.deprecated));
  const returns = result ? `(*${result}, error)` : 'error';
  const pathArgs = method.pathParams.flatMap((p) => [JSON.stringify(p.wire), unexported(p.words)]);
  const route = `route: ${JSON.stringify(method.path)}${pathArgs.length ? `, pathParams: []string{${pathArgs.join(', ')}}` : ''}`;
  const payload = [
    ...(method.params?.query.length ? [', query: params.query()'] : []),
    ...(method.params?.in === 'body' ? [', body: params'] : []),
  ].join('');
  const request = `call{method: http.Method${exported([method.httpMethod])}, ${route}${payload}}`;
  const send =
    method.response.kind === 'page' ? sendForPage(resource, method, result!, request) : result ? `\treturn do[${result}](ctx, ${request}, s.with(opts))` : `\treturn execute(ctx, ${request}, nil, s.with(opts))`;
  const extras = [method.response.kind === 'page' ? emitAutoPaging(model, resource, method) : '', method.polling ? emitAndPoll(model, resource, method) : ''];
  return `${doc}func (s *${type}) ${verb}(${declared}) ${returns} {\n${send}\n}\n${extras.join('')}`;
}

// A page remembers how it was fetched, so page.GetNextPage(ctx) asks for the next one with the same
// path, params and options.
function sendForPage(resource: Resource, method: Method, result: string, request: string): string {
  const { passed } = signature(resource, method);
  return `\tpage, err := do[${result}](ctx, ${request}, s.with(opts))
\tif err != nil {
\t\treturn nil, err
\t}
\tpage.next = func(ctx context.Context, cursor *string) (*${result}, error) {
\t\tparams.Cursor = cursor
\t\treturn s.${goVerb(method)}(${passed})
\t}
\treturn page, nil`;
}

function emitAutoPaging(model: SdkModel, resource: Resource, method: Method): string {
  if (method.response.kind !== 'page') return '';
  const item = goTypeNamed(model, method.response.item);
  const { declared, passed } = signature(resource, method);
  return `
// ${goVerb(method)}AutoPaging yields every item of every page, fetching the next page as the loop
// reaches it; after an error it yields that error once and stops.
func (s *${serviceType(resource)}) ${goVerb(method)}AutoPaging(${declared}) iter.Seq2[${item}, error] {
	return autoPaging(func(cursor *string) (*Page[${item}], error) {
		if cursor != nil {
			params.Cursor = cursor
		}
		return s.${goVerb(method)}(${passed})
	})
}
`;
}

function emitAndPoll(model: SdkModel, resource: Resource, method: Method): string {
  const polling = method.polling!;
  const result = resultType(model, method.response)!;
  const read = model.methods.find((m) => m.operationId === polling.retrieve)!;
  const { declared, passed } = signature(resource, method);
  const readArgs = ['ctx', ...method.pathParams.map((p) => unexported(p.words)), 'created.ID', 'opts...'];
  const statusField = exported(splitWords(polling.statusField));
  return `
// ${goVerb(method)}AndPoll calls ${goVerb(method)}, then reads the result every poll interval
// (${polling.intervalMs} ms, option.WithPollInterval) until its ${polling.statusField} is one of
// ${polling.terminal.join(', ')}; it answers *PollTimeoutError when the poll timeout (${polling.timeoutMs} ms,
// option.WithPollTimeout) passes first.
func (s *${serviceType(resource)}) ${goVerb(method)}AndPoll(${declared}) (*${result}, error) {
	created, err := s.${goVerb(method)}(${passed})
	if err != nil {
		return nil, err
	}
	status := func(r *${result}) string { return string(r.${statusField}) }
	read := func() (*${result}, error) { return s.${goVerb(read)}(${readArgs.join(', ')}) }
	terminal := []string{${polling.terminal.map((t) => JSON.stringify(t)).join(', ')}}
	return pollUntil(ctx, created, status, read, polling{terminal, ${polling.intervalMs} * time.Millisecond, ${polling.timeoutMs} * time.Millisecond}, s.with(opts))
}
`;
}

// The params struct: body fields marshal as JSON; query fields (all of them for a GET) are left out
// of the JSON and sent in the URL by query(). A field only the server writes is not offered.
function emitParams(model: SdkModel, resource: Resource, method: Method): string {
  const params = method.params!;
  const type = paramsType(resource, method);
  const inQuery = new Set(params.query.map((f) => f.wire));
  const sent = paramsFields(method);
  const fields = paramsGoFields(model, method);
  const where = params.in === 'query' ? 'query parameters' : params.query.length ? 'body and query parameters' : 'body';
  const struct = `// ${type} is the ${where} of ${fieldName(resource)}.${goVerb(method)}. Set optional fields with String, Int,
// Bool, Float or Time; one left nil is not sent.${fields.some((f) => f.type.startsWith('Opt[')) ? ' One that may be null is an Opt: NewOpt(v) sends v,\n// Null[T]() sends null, its zero value is not sent.' : ''}
type ${type} struct {
${fieldLines(fields)}
}
`;
  const body = params.in === 'body' ? emitMarshal(model, type, sent.filter((f) => !inQuery.has(f.wire)), fields) : '';
  if (params.query.length === 0) return `${struct}${body}`;
  const adds = params.query.map((f) => queryLine(model, method, f));
  return `${struct}${body}
func (p ${type}) query() url.Values {
\tq := url.Values{}
${adds.join('\n')}
\treturn q
}
`;
}

/** The params struct's fields in Go, in paramsFields' order: a query field of a body params is not
 * part of its JSON (tag `-`). */
export function paramsGoFields(model: SdkModel, method: Method): GoField[] {
  const params = method.params!;
  const inQuery = new Set(params.query.map((f) => f.wire));
  return paramsFields(method).map((f) => ({ ...(inQuery.has(f.wire) ? goField(model, f) : paramsField(model, f)), ...(inQuery.has(f.wire) && params.in === 'body' ? { tag: '-' } : {}) }));
}

/** The fields a params struct offers: a field only the server writes is not one. */
export function paramsFields(method: Method): Field[] {
  return method.params ? method.params.fields.filter((f) => !f.readOnly) : [];
}

// A params field the caller may also set to null (optional and nullable) is an Opt, which tells
// unset, a value and null apart; any other is spelled as in a model.
function paramsField(model: SdkModel, field: Field): GoField {
  const plain = goField(model, field);
  if (field.required || !field.nullable) return plain;
  return { ...plain, type: `Opt[${goType(model, field.type)}]` };
}

// One query parameter: a scalar (or an enum, or a list of them, repeated) goes in the URL as text;
// an object, a map or free JSON has no query form, so the spec is refused rather than guessed.
function queryLine(model: SdkModel, method: Method, field: Field): string {
  const name = exported(field.words);
  const wire = JSON.stringify(field.wire);
  if (field.constant !== undefined) return `\tq.Set(${wire}, ${JSON.stringify(String(field.constant))})`;
  if (field.type.kind === 'list' && hasQueryForm(model, field.type.item)) return `\tfor i := range p.${name} {\n\t\taddQuery(q, ${wire}, &p.${name}[i])\n\t}`;
  if (!hasQueryForm(model, field.type)) throw new Error(`${method.operationId}: query parameter ${field.wire} of type ${goType(model, field.type)} has no query form in Go`);
  return `\taddQuery(q, ${wire}, ${goField(model, field).type.startsWith('*') ? '' : '&'}p.${name})`;
}

function hasQueryForm(model: SdkModel, ref: TypeRef): boolean {
  if (ref.kind !== 'named') return ['string', 'integer', 'number', 'boolean', 'literal'].includes(ref.kind);
  const type = typeNamed(model, ref.name);
  return type.kind === 'enum' || (type.kind === 'alias' && hasQueryForm(model, type.target));
}

function lowerFirst(text: string): string {
  return text[0].toLowerCase() + text.slice(1);
}

export function emitClient(model: SdkModel, version: string): string {
  const fields = model.resources.map((r) => `\t// ${fieldName(r)} holds the ${r.id} operations.\n\t${fieldName(r)} *${serviceType(r)}`);
  return `${GENERATED}

package cognitionos

import "github.com/cognitionos/sdk-platform/sdks/go/option"

// Version is this SDK's version; the User-Agent names it.
const Version = ${JSON.stringify(version)}

// SpecVersion is the API spec this SDK was generated from; servers send theirs as
// CognitionOS-Spec-Version.
const SpecVersion = ${JSON.stringify(model.specVersion)}

// Client is the entry point: one field per API resource.
type Client struct {
${fields.join('\n')}
}

// NewClient makes a client. With no options it reads COGNITIONOS_API_KEY and COGNITIONOS_BASE_URL;
// options given here apply to every call and may be overridden per call.
func NewClient(opts ...option.RequestOption) *Client {
	opts = append(environmentOptions(), opts...)
	return &Client{${model.resources.map((r) => `${fieldName(r)}: new${serviceType(r)}(opts)`).join(', ')}}
}
`;
}
