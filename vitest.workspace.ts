// Every project that `npm test` runs. Each has its own vitest.config.ts; docs/check runs the docs' code blocks.
export default ['packages/*', 'examples/*', 'docs/check'];
