/** What the global setup hands every test file: a server to use, or why there is none. */
export type PostgresServer =
  | { readonly available: true; readonly url: string }
  | { readonly available: false; readonly reason: string };

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throwaway PostgreSQL server of this test run (see test/globalSetup.ts). */
    postgresServer: PostgresServer;
  }
}
