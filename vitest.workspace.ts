// Every project that `npm test` runs. Each has its own vitest.config.ts.
export default ['packages/*', 'examples/*'];
