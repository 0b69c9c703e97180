// A method's one params object, for an operation that takes both a JSON body and query
// parameters: the fields the spec declares as query parameters go in the URL, the others in the body.

export function splitParams(params: object, queryFields: readonly string[]): { query: Record<string, unknown>; body: Record<string, unknown> } {
  const query: Record<string, unknown> = {};
  const body: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) (queryFields.includes(name) ? query : body)[name] = value;
  return { query, body };
}
