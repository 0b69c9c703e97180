// Node, Bun and Deno: `cli.mjs env` builds the client from COGNITIONOS_API_KEY / _BASE_URL;
// `cli.mjs options BASE_URL API_KEY` passes both as options, for Deno without --allow-env, where
// a client given only an apiKey must still be made (its base URL falls back to the default).
import { CognitionOSClient } from '../../../sdks/typescript/dist/index.js';
import { example } from './example.mjs';

const [mode, baseURL, apiKey] = process.argv.slice(2);
let client;
if (mode === 'options') {
  const partial = new CognitionOSClient({ apiKey });
  if (!partial.baseURL.startsWith('http://localhost:8100')) throw new Error(`default base URL expected, got ${partial.baseURL}`);
  client = new CognitionOSClient({ apiKey, baseURL });
} else {
  client = new CognitionOSClient();
}
console.log(await example(client));
