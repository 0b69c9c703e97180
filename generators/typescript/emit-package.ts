// sdks/typescript/package.json: ESM + CJS + .d.ts built by tsup behind an `exports` map, no
// runtime dependency (undici is an optional peer for the './undici' entry only, and
// @opentelemetry/api an optional peer for trace context). The version is
// generators/sdk-version.ts's (bumped by changesets), kept across runs.
import type { SdkModel } from '../model/types.ts';
import { npmPackageHead, project } from '../project.ts';

export const PACKAGE_NAME: string = project.packages.typescript.name;
export function emitPackageJson(model: SdkModel, version: string): string {
  const pkg = {
    ...npmPackageHead(project.packages.typescript, model.license, version, `TypeScript SDK for the ${model.title} (spec ${model.specVersion}). Generated from spec/openapi.json.`),
    sideEffects: false,
    engines: { node: '>=20' },
    main: './dist/index.cjs',
    module: './dist/index.js',
    types: './dist/index.d.ts',
    exports: {
      '.': {
        import: { types: './dist/index.d.ts', default: './dist/index.js' },
        require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
      },
      './undici': {
        import: { types: './dist/undici.d.ts', default: './dist/undici.js' },
        require: { types: './dist/undici.d.cts', default: './dist/undici.cjs' },
      },
      './package.json': './package.json',
    },
    // Only '@cognitionos/sdk/undici' needs undici; versions 6.21+ and 7 run on Node 20. The
    // OpenTelemetry API, when the app has it, gives the trace context (loaded lazily, never required).
    peerDependencies: { '@opentelemetry/api': '^1.0.0', undici: '^6.21.0 || ^7.0.0' },
    peerDependenciesMeta: { '@opentelemetry/api': { optional: true }, undici: { optional: true } },
    // The trace tests' active span: the API, a context manager and the W3C propagator (2.x runs on Node 20).
    devDependencies: { '@opentelemetry/api': '^1.9.0', '@opentelemetry/context-async-hooks': '^2.2.0', '@opentelemetry/core': '^2.2.0' },
    // undici/: the './undici' entry for resolvers without exports support (undici/package.json).
    files: ['dist', 'undici', 'README.md', 'api.md'],
    scripts: {
      build: 'tsup',
      typecheck: 'tsc --strict --noEmit -p tsconfig.json',
      test: 'vitest run',
      'test:contract': 'vitest run --config vitest.contract.config.ts',
    },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
