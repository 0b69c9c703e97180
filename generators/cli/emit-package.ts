// sdks/cli/package.json: the npm package @cognitionos/cli with its bin, depending on the
// TypeScript SDK of the same version (one version for every package); commander is bundled into
// dist/cli.js, so it is a build-time dependency only.
import { npmPackageHead, project } from '../project.ts';
import type { SdkModel } from '../model/types.ts';

export const CLI_PACKAGE: string = project.packages.cli.name;
export const SDK_PACKAGE: string = project.packages.typescript.name;

export function emitPackageJson(model: SdkModel, version: string): string {
  const pkg = {
    ...npmPackageHead(project.packages.cli, model.license, version, `Command line for the ${model.title} (spec ${model.specVersion}), on the TypeScript SDK. Generated from spec/openapi.json.`),
    engines: { node: '>=20' },
    bin: { [project.packages.cli.bin]: './bin/cognition-cli.js' },
    files: ['bin', 'dist', 'README.md'],
    dependencies: { [SDK_PACKAGE]: version },
    devDependencies: { commander: '^14.0.3' },
    scripts: {
      build: 'tsup',
      typecheck: 'tsc --noEmit -p tsconfig.json',
      'test:contract': 'vitest run --config vitest.contract.config.ts',
    },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
