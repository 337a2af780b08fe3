import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, release, totalmem } from 'node:os';
import { dirname, join } from 'node:path';

/** The machine the numbers were taken on. */
export interface MachineInfo {
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGiB: number;
  readonly kernel: string;
}

/** The versions of everything measured. */
export type Versions = Readonly<Record<string, string>>;

const cpuModel = (): string => {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line !== undefined) return line.split(':').slice(1).join(':').trim();
  } catch {
    // Not Linux: os.cpus() knows the model too.
  }
  return cpus()[0]?.model ?? 'unknown';
};

/** nproc, the CPU model of /proc/cpuinfo, the memory and the kernel. */
export const machineInfo = (): MachineInfo => ({
  cpus: availableParallelism(),
  cpuModel: cpuModel(),
  memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
  kernel: release(),
});

const require = createRequire(import.meta.url);

// A package's version from its package.json, found above its entry: not every package exports it.
const packageVersion = (name: string): string => {
  try {
    for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
      const file = join(dir, 'package.json');
      if (!existsSync(file)) continue;
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { readonly name?: string; readonly version?: string };
      if (manifest.name === name) return manifest.version ?? 'unknown';
    }
  } catch {
    // Not installed: said so below.
  }
  return 'not installed';
};

/** Node.js, SQLite (as better-sqlite3 embeds it), the drivers and Emmett; PostgreSQL's is the server's own. */
export const versions = (postgresServer: string | null): Versions => {
  const db = new Database(':memory:');
  const sqlite = (db.prepare('SELECT sqlite_version() AS v').get() as { readonly v: string }).v;
  db.close();
  return {
    node: process.version,
    postgresql: postgresServer ?? 'not run',
    sqlite,
    'better-sqlite3': packageVersion('better-sqlite3'),
    pg: packageVersion('pg'),
    'pg-copy-streams': packageVersion('pg-copy-streams'),
    '@event-driven-io/emmett': packageVersion('@event-driven-io/emmett'),
    '@event-driven-io/emmett-postgresql': packageVersion('@event-driven-io/emmett-postgresql'),
    '@eventstore/db-client': packageVersion('@eventstore/db-client'),
  };
};
