// "Newer server" mode (COGNITIONOS_COMPAT=newer): answers carry what a future spec version might add, so
// the contract suite can prove every SDK reads them without failing and keeps the unknown values.
const newerStep = { type: 'webhook', url: 'https://hooks.example/x' };

function addNewerFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(addNewerFields);
  if (!value || typeof value !== 'object') return value;
  const object = Object.fromEntries(Object.entries(value).map(([key, child]) => [key, addNewerFields(child)]));
  if (typeof object.id === 'string' && object.id.startsWith('ten_')) object.status = 'archived';
  if (typeof object.id === 'string' && object.id.startsWith('wf_') && Array.isArray(object.steps)) object.steps = [...object.steps, { ...newerStep }];
  return { ...object, newer_field: 'added by a newer server' };
}

export const asNewerServer = (body: unknown) => addNewerFields(body);
