// Generated from generators/typescript/package/tsup.config.ts by generators/typescript. Do not edit: change generators/typescript/package/tsup.config.ts or the generator.
// ESM and CJS with declarations, one file each: the package ships no runtime dependency.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  splitting: false,
  sourcemap: false,
});
