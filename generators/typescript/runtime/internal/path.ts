// The tag resource methods use to build paths: every interpolated id is URI-encoded, so an id
// can never change which route is called.

export function path(strings: TemplateStringsArray, ...params: string[]): string {
  return strings.reduce((built, part, i) => built + part + (i < params.length ? encodeURIComponent(params[i]!) : ''), '');
}
