// The DESIGN example (TypeScript surface), run by the npm consumer of the release dry run.
import { CognitionOSClient } from '@cognitionos/sdk';

const client = new CognitionOSClient({ apiKey: process.env.COGNITIONOS_API_KEY });
const tenant = await client.tenants.create({ name: 'Acme' });
const ids = [];
for await (const t of client.tenants.list({ limit: 50 })) ids.push(t.id);
if (!ids.includes(tenant.id)) throw new Error(`created ${tenant.id} but the list has ${ids.join(', ')}`);
console.log(`created ${tenant.id}, listed ${ids.length} tenants`);
