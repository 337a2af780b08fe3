// @campaign-ledger/cli: the campaign-ledger command as a function, for tests and for tools that embed it. See docs/cli.md.
export { runCli, type CliEnvironment } from './program';
export { EXIT } from './cliContext';
export { parseStoreSpec, DEFAULT_STORE, type StoreSpec } from './store/storeSpec';
export { openStore, type OpenStoreOptions, type StoreNotOpened } from './store/openStore';
