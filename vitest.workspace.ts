// Every project that `npm test` runs. Each has its own vitest.config.ts; docs/check runs the docs' code blocks;
// bench runs only the benchmark's smoke test (the benchmark itself is `npm run bench`).
export default ['packages/*', 'examples/*', 'docs/check', 'bench'];
