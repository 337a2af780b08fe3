import { fileURLToPath } from 'node:url';

/** Where the cli tests' global set-up writes the bundled tool: inside the package, so that its dependencies resolve from node_modules. */
export const TEST_BIN_DIR = fileURLToPath(new URL('../.test-bin/', import.meta.url));

/** The bundled tool the tests run. */
export const TEST_BIN = `${TEST_BIN_DIR}campaign-ledger.mjs`;
