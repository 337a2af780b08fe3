import { withAdmin } from '../../packages/postgres/test/withAdmin';
import { findPostgresBinaries, startThrowawayPostgres } from '../../packages/postgres/test/throwawayPostgres';

/** The bench's PostgreSQL server: durable, as a production server is. */
export interface BenchPostgres {
  /** The superuser URL of its `postgres` database. */
  readonly url: string;
  /** `SHOW server_version`. */
  readonly version: string;
  /** The settings that decide what a commit costs, as the server reports them. */
  readonly settings: Readonly<Record<string, string>>;
  readonly stop: () => Promise<void>;
}

// What makes a commit durable: the throwaway server of the tests turns all three off for speed.
const DURABILITY = { fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' } as const;
const REPORTED = [...Object.keys(DURABILITY), 'wal_sync_method', 'shared_buffers', 'wal_level'] as const;

const settingsOf = (url: string): Promise<Record<string, string>> =>
  withAdmin(url, async (client) => {
    const { rows } = await client.query<{ readonly name: string; readonly setting: string; readonly unit: string | null }>(
      'SELECT name, setting, unit FROM pg_settings WHERE name = ANY($1)',
      [REPORTED],
    );
    return Object.fromEntries(rows.map((r) => [r.name, r.unit === null ? r.setting : `${r.setting} × ${r.unit}`]));
  });

/**
 * Starts a throwaway server from the machine's binaries, as the PostgreSQL tests do
 * (packages/postgres/test/throwawayPostgres.ts), then turns fsync, synchronous_commit and
 * full_page_writes back on (ALTER SYSTEM and a reload) and waits until the server reports them:
 * every commit of the bench is flushed to disk. Returns the reason instead when the machine has
 * no PostgreSQL binaries.
 */
export const startBenchPostgres = async (): Promise<BenchPostgres | { readonly unavailable: string }> => {
  const binaries = findPostgresBinaries();
  if (!binaries.found) return { unavailable: binaries.reason };
  const server = await startThrowawayPostgres(binaries.dir);
  try {
    await withAdmin(server.url, async (client) => {
      for (const [name, value] of Object.entries(DURABILITY)) await client.query(`ALTER SYSTEM SET ${name} = ${value}`);
      await client.query('SELECT pg_reload_conf()');
    });
    // The reload is a signal: new sessions see it once the postmaster has read the file again.
    for (let attempt = 0; ; attempt++) {
      const settings = await settingsOf(server.url);
      if (Object.entries(DURABILITY).every(([name, value]) => settings[name] === value)) break;
      if (attempt === 50) throw new Error(`the server did not take the durable settings: ${JSON.stringify(settings)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const version = await withAdmin(server.url, async (client) => (await client.query<{ readonly server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? '?');
    return { url: server.url, version, settings: await settingsOf(server.url), stop: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
};
