import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { appendFile, chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A PostgreSQL server started for one test run, in its own temp dir. */
export interface ThrowawayPostgres {
  /** Connection URL of the `postgres` database as the superuser `postgres`. */
  readonly url: string;
  /** Stops the server at once and deletes its files. */
  readonly stop: () => Promise<void>;
  /** Stops the server as a crash would (pg_ctl stop -m immediate: no checkpoint, recovery at the next start), keeping its files. */
  readonly crash: () => Promise<void>;
  /** Starts it again on the same port, after crash(). */
  readonly restart: () => Promise<void>;
}

/** Where the PostgreSQL binaries are, or why none were found. */
export type PostgresBinaries = { readonly found: true; readonly dir: string } | { readonly found: false; readonly reason: string };

const REQUIRED = ['initdb', 'pg_ctl', 'postgres'] as const;

const hasAll = (dir: string): boolean => REQUIRED.every((name) => existsSync(join(dir, name)));

// Newest major version first: /usr/lib/postgresql/15/bin before 13/bin.
const debianBinDirs = (): ReadonlyArray<string> => {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => join(root, v, 'bin'));
};

const onPath = (): ReadonlyArray<string> => (process.env['PATH'] ?? '').split(':').filter((d) => d !== '');

/**
 * Finds initdb, pg_ctl and postgres: in CAMPAIGN_LEDGER_PG_BIN when it is set, else in Debian's
 * /usr/lib/postgresql/<newest>/bin, else on the PATH.
 */
export const findPostgresBinaries = (): PostgresBinaries => {
  const configured = process.env['CAMPAIGN_LEDGER_PG_BIN'];
  if (configured !== undefined && configured !== '') {
    return hasAll(configured)
      ? { found: true, dir: configured }
      : { found: false, reason: `CAMPAIGN_LEDGER_PG_BIN=${configured} does not hold ${REQUIRED.join(', ')}` };
  }
  const dir = [...debianBinDirs(), ...onPath()].find(hasAll);
  return dir === undefined
    ? { found: false, reason: `no PostgreSQL server binaries (${REQUIRED.join(', ')}) in /usr/lib/postgresql/*/bin or on the PATH` }
    : { found: true, dir };
};

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

const tail = (path: string): string => {
  try {
    return readFileSync(path, 'utf8').split('\n').slice(-20).join('\n');
  } catch {
    return '(no server log)';
  }
};

/**
 * Starts a throwaway PostgreSQL server from the machine's binaries: initdb into a fresh temp dir
 * (trust authentication, UTF8, C locale), then pg_ctl start on 127.0.0.1 and a free port, with its
 * socket in the temp dir and fsync off. initdb refuses to run as root, so as root the temp dir is
 * given to the `postgres` OS user and both tools run through `runuser -u postgres --`.
 */
export const startThrowawayPostgres = async (binDir: string, options: { readonly synchronousCommit?: boolean } = {}): Promise<ThrowawayPostgres> => {
  const dir = await mkdtemp(join(tmpdir(), 'campaign-ledger-pg-'));
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  const asRoot = process.getuid?.() === 0;
  const tool = (name: string, args: ReadonlyArray<string>): Promise<unknown> =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(binDir, name), ...args]) : run(join(binDir, name), [...args]);
  let started = false;
  const stop = async (): Promise<void> => {
    if (started) await tool('pg_ctl', ['stop', '-D', dataDir, '-m', 'immediate', '-w']).catch(() => undefined);
    started = false;
    await rm(dir, { recursive: true, force: true });
  };
  try {
    if (asRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
      await chown(dir, uid, gid);
    }
    await tool('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    // Appended to postgresql.conf rather than passed with -o, so no quoting of paths is needed.
    await appendFile(
      join(dataDir, 'postgresql.conf'),
      [
        `listen_addresses = '127.0.0.1'`,
        `unix_socket_directories = '${dir}'`,
        'fsync = off',
        // Off, a commit is acknowledged before its WAL is written: a crash of the server (not of
        // the machine) then loses the last acknowledged commits. A test that crashes the server
        // turns it on; fsync may stay off, since the machine does not crash.
        `synchronous_commit = ${options.synchronousCommit === true ? 'on' : 'off'}`,
        'full_page_writes = off',
        // Test files run in parallel, each with its pools, listeners and admin connections.
        'max_connections = 300',
        '',
      ].join('\n'),
    );
    // The free port may be taken between the probe and the start: try another one before giving up.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      try {
        await tool('pg_ctl', ['start', '-D', dataDir, '-w', '-t', '60', '-l', logFile, '-o', `-p ${port}`]);
        started = true;
        const crash = async (): Promise<void> => {
          await tool('pg_ctl', ['stop', '-D', dataDir, '-m', 'immediate', '-w']);
          started = false;
        };
        const restart = async (): Promise<void> => {
          await tool('pg_ctl', ['start', '-D', dataDir, '-w', '-t', '60', '-l', logFile, '-o', `-p ${port}`]);
          started = true;
        };
        return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop, crash, restart };
      } catch (error) {
        if (attempt === 3) throw new Error(`pg_ctl start failed: ${error instanceof Error ? error.message : String(error)}\n${tail(logFile)}`);
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }
};
