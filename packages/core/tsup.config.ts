import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/adapter.ts', 'src/versions.ts', 'src/merkle.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  // @noble/hashes and @noble/curves 2 ship ESM only: inlined, SHA-256 and Ed25519 need no
  // require(esm) from whatever loads the CJS build (Jest's module runtime, older bundlers), and the
  // ESM build stays self-contained alike.
  noExternal: ['@noble/hashes', '@noble/curves'],
  banner: { js: '/*! Includes @noble/hashes and @noble/curves: The MIT License (MIT), Copyright (c) 2022 Paul Miller (https://paulmillr.com) */' },
});
