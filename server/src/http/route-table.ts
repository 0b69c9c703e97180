// The spec's paths as one table, matched the way Express's router matched them (case-insensitive, an
// optional trailing slash, parameters percent-decoded, a malformed escape a 400), but with one regular
// expression per path instead of a router layer per operation and a catch-all layer per path.
import { PATH_PARAM, pathParamsOf, type Operation } from '../../../spec/src/index.ts';

export interface PathRoute<T> {
  pattern: RegExp;
  names: string[];
  /** Operations by upper-case HTTP method. */
  byMethod: Map<string, T>;
  /** The Allow header of a 405: the path's methods, and HEAD where GET is served. */
  allow: string;
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export function pathRoute<T extends { op: Operation }>(path: string, mounted: T[]): PathRoute<T> {
  const source = path.split(PATH_PARAM).map((part, i) => (i % 2 === 1 ? '([^\\/]+)' : escapeRegExp(part))).join('');
  const methods = mounted.map(({ op }) => op.http.toUpperCase());
  return {
    pattern: new RegExp(`^${source}(?:\\/)?$`, 'i'),
    names: pathParamsOf(path),
    byMethod: new Map(mounted.map((entry, i) => [methods[i], entry])),
    allow: [...methods, ...(methods.includes('GET') ? ['HEAD'] : [])].join(', '),
  };
}

/** As Express's router did: an undecodable parameter is the client's error, a 400 through the error handler. */
function decodeParam(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch (error) {
    if (!(error instanceof URIError)) throw error;
    throw Object.assign(new URIError(`Failed to decode param '${value}'`), { status: 400, statusCode: 400 });
  }
}

/** The first route (in the table's order) whose path matches, with its decoded parameters. */
export function findRoute<T>(routes: PathRoute<T>[], path: string): { route: PathRoute<T>; params: Record<string, string> } | undefined {
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    route.names.forEach((name, i) => (params[name] = decodeParam(match[i + 1])));
    return { route, params };
  }
  return undefined;
}
