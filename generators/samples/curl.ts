// A sample as a curl command: the spec's method and path (ids as shell variables), the key from
// COGNITIONOS_API_KEY, query params in the URL and the body as JSON, each on its own line.
import { bodyJson, type Sample } from './values.ts';
import { idAssignments, idVariable, shellWord } from './shell.ts';

export function curlSample(sample: Sample): string {
  const { method } = sample;
  const byWire = new Map(sample.ids.map((id) => [id.field.wire, `$${idVariable(id.field.words)}`]));
  const path = method.path.replace(/\{([^}]+)\}/g, (_, wire: string) => byWire.get(wire) ?? `{${wire}}`);
  const query = method.params?.in === 'query' ? sample.params.map((p) => [p.field.wire, String(p.value.json)]) : [];
  const search = query.length ? `?${new URLSearchParams(query).toString()}` : '';
  const body = bodyJson(sample);
  const lines = [`curl -sS -X ${method.httpMethod.toUpperCase()} "$COGNITIONOS_BASE_URL${path}${search}"`, '-H "Authorization: Bearer $COGNITIONOS_API_KEY"'];
  if (body) lines.push('-H "Content-Type: application/json"', `-d ${shellWord(JSON.stringify(body))}`);
  return [...idAssignments(sample), lines.join(' \\\n  '), ''].join('\n');
}
