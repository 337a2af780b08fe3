import pg from 'pg';

// Apart from testDatabases, which imports vitest: the bench, a plain script, uses it too.

/** Runs `use` on a new client of `adminUrl` and ends it, whatever happens. */
export const withAdmin = async <A>(adminUrl: string, use: (client: pg.Client) => Promise<A>): Promise<A> => {
  const client = new pg.Client({ connectionString: adminUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
};
