// A user's first MCP session: the official client starts cognitionos-mcp over stdio (its bin, given
// as the argument), lists its tools and calls tenants_list.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const client = new Client({ name: 'release-consumer', version: '1.0.0' });
await client.connect(new StdioClientTransport({ command: process.argv[2], env: { PATH: process.env.PATH, COGNITIONOS_API_KEY: process.env.COGNITIONOS_API_KEY, COGNITIONOS_BASE_URL: process.env.COGNITIONOS_BASE_URL } }));
const { tools } = await client.listTools();
const result = await client.callTool({ name: 'tenants_list', arguments: { limit: 100 } });
if (result.isError) throw new Error(result.content.map((c) => c.text).join('\n'));
console.log(`${tools.length} tools, tenants_list answered ${result.structuredContent.data.length} tenants`);
await client.close();
