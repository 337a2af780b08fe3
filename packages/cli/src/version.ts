import { createRequire } from 'node:module';

// The package's own version, read from its package.json wherever the tool is installed.
const require = createRequire(import.meta.url);

/** The tool's version. */
export const VERSION: string = (require('../package.json') as { readonly version: string }).version;
