// Serves the spec (stripe-mock style: clients can ask the server what it implements) and Redoc, from npm.
import express from 'express';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { document } from '../../spec/src/index.ts';

const redocBundle = join(dirname(createRequire(import.meta.url).resolve('redoc/package.json')), 'bundles', 'redoc.standalone.js');

const page = (specUrl: string) => `<!doctype html>
<html><head><meta charset="utf-8"><title>CognitionOS API reference</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><redoc spec-url="${specUrl}"></redoc><script src="/docs/redoc.standalone.js"></script></body></html>`;

export function docsRouter(basePath: string) {
  const router = express.Router();
  const specJson = JSON.stringify(document);
  router.get(`${basePath}/openapi.json`, (_req, res) => void res.type('application/json').send(specJson));
  router.get('/docs', (_req, res) => void res.type('html').send(page(`${basePath}/openapi.json`)));
  router.get('/docs/redoc.standalone.js', (_req, res) => res.sendFile(redocBundle));
  router.get('/', (_req, res) => res.redirect('/docs'));
  return router;
}
