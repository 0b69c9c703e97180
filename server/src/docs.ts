// Serves the spec (stripe-mock style: clients can ask the server what it implements) and Redoc, from
// npm. Redoc loads the docs variant (docs/openapi.samples.json, written by `npm run generate`): the
// same spec with every operation's code samples (`x-codeSamples`) in six languages; the contract at
// <base>/openapi.json stays exactly the spec.
import express from 'express';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { document } from '../../spec/src/index.ts';

const redocBundle = join(dirname(createRequire(import.meta.url).resolve('redoc/package.json')), 'bundles', 'redoc.standalone.js');
const samplesSpec = fileURLToPath(new URL('../../docs/openapi.samples.json', import.meta.url));

/** Where /docs loads its spec from. */
export const DOCS_SPEC_URL = '/docs/openapi.samples.json';

// Without JavaScript, the page still leads to the contract itself.
const page = (specUrl: string, contractUrl: string) => `<!doctype html>
<html><head><meta charset="utf-8"><title>CognitionOS API reference</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><noscript>The API's contract: <a href="${contractUrl}">openapi.json</a></noscript>
<redoc spec-url="${specUrl}"></redoc><script src="/docs/redoc.standalone.js"></script></body></html>`;

export function docsRouter(basePath: string) {
  const router = express.Router();
  const specJson = JSON.stringify(document);
  const samplesJson = readFileSync(samplesSpec, 'utf8');
  router.get(`${basePath}/openapi.json`, (_req, res) => void res.type('application/json').send(specJson));
  router.get(DOCS_SPEC_URL, (_req, res) => void res.type('application/json').send(samplesJson));
  router.get('/docs', (_req, res) => void res.type('html').send(page(DOCS_SPEC_URL, `${basePath}/openapi.json`)));
  router.get('/docs/redoc.standalone.js', (_req, res) => res.sendFile(redocBundle));
  router.get('/', (_req, res) => res.redirect('/docs'));
  return router;
}
