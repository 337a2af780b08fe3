import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/adapter.ts', 'src/versions.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  // @noble/hashes 2 ships ESM only: inlined, its SHA-256 needs no require(esm) from whatever loads
  // the CJS build (Jest's module runtime, older bundlers), and the ESM build stays self-contained alike.
  noExternal: ['@noble/hashes'],
  banner: { js: '/*! Includes @noble/hashes: The MIT License (MIT), Copyright (c) 2022 Paul Miller (https://paulmillr.com) */' },
});
