import { defineConfig } from 'tsup';

export default defineConfig([
  // The library entry, for tools that embed the command: ESM and CommonJS.
  { entry: ['src/index.ts'], format: ['esm', 'cjs'], dts: true, clean: true, sourcemap: true, target: 'node20', shims: true },
  // The bin runs as ESM only: it awaits at its top level.
  { entry: ['src/bin.ts'], format: ['esm'], sourcemap: true, target: 'node20' },
]);
