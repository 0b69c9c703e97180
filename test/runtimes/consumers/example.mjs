// The DESIGN example (TypeScript surface), shared by every JavaScript runtime's cell: a tenant is
// created, then found by the auto-paging list. Prints the line test/runtimes/run.ts looks for.
export async function example(client) {
  const tenant = await client.tenants.create({ name: 'Acme' });
  const ids = [];
  for await (const t of client.tenants.list({ limit: 50 })) ids.push(t.id);
  if (!ids.includes(tenant.id)) throw new Error(`created ${tenant.id} but the list has ${ids.join(', ')}`);
  return `created ${tenant.id}, listed ${ids.length} tenants`;
}
