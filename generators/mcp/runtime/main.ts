// cognitionos-mcp: parse the command line, pick the tools, serve them over stdio or HTTP. stdout
// belongs to the protocol over stdio, so every message of ours goes to stderr.
import { Console } from 'node:console';
import { CognitionOSClient } from '@cognitionos/sdk';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { serveHttp } from './http.js';
import { parseOptions, USAGE } from './options.js';
import { selectTools } from './select.js';
import { buildServer } from './server.js';
import { TOOLS } from './tools.js';
import { VERSION } from './version.js';

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (options.help || options.version) {
    process.stdout.write(options.help ? USAGE : `${VERSION}\n`);
    return 0;
  }
  const tools = selectTools(TOOLS, options);
  if (options.list) {
    for (const tool of tools) process.stdout.write(`${tool.name}\t${tool.http}${tool.annotations.destructiveHint ? '\t(destructive)' : ''}\n`);
    return 0;
  }
  const clientOptions = { ...(options.maxRetries !== undefined ? { maxRetries: options.maxRetries } : {}), ...(options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : {}), ...stderrLogger() };
  const serverFor = (apiKey?: string) => buildServer(tools, new CognitionOSClient({ ...clientOptions, ...(apiKey ? { apiKey } : {}) }), options.mode);
  if (options.transport === 'http') await serveHttp(options.port, serverFor);
  else await serverFor().connect(new StdioServerTransport());
  return -1; // keeps serving
}

// The SDK logs to console, whose debug and info write to stdout, the protocol's stream over stdio:
// when COGNITIONOS_LOG asks for records they go to stderr. Unset, no logger is given (a given logger
// would receive every record).
function stderrLogger(): { logger?: Console } {
  return process.env.COGNITIONOS_LOG === undefined ? {} : { logger: new Console({ stdout: process.stderr, stderr: process.stderr }) };
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`cognitionos-mcp: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exitCode = 2;
  },
);
