import { CampaignEvent, campaignFactsProjection, type EventStore } from '@campaign-ledger/core';
import { makePostgresEventStore, migratePostgres } from '@campaign-ledger/postgres';
import { openSqliteEventStore } from '@campaign-ledger/sqlite';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { bulkAppendOurs } from './bulkAppendOurs';
import type { MillionBackend, MillionFold, MillionReplay } from './childRequest';
import { freshPostgresDatabase, freshSqliteFile } from './freshDatabases';
import { orThrow } from './orThrow';
import { oursSession } from './oursSession';
import { makeReplayFold, type ReplayFold } from './replayFold';
import { replayFigures } from './replayFigures';
import type { SubjectEnvironment } from './subject';
import { requirePostgres } from './subjects/requirePostgres';
import { workloadStreams, type WorkloadOptions } from './workload';

const MiB = 1024 * 1024;

/** Our store on an existing file or database, and how to let go of it (the data stays). */
const openOurs = async (backend: MillionBackend, where: string): Promise<{ readonly store: EventStore<CampaignEvent>; readonly close: () => Promise<void> }> => {
  if (backend === 'sqlite') {
    const store = await orThrow(openSqliteEventStore(where, { codec: CampaignEvent }), 'open the SQLite store');
    return { store, close: () => store.close() };
  }
  const pool = new pg.Pool({ connectionString: where, max: 4 });
  pool.on('error', () => undefined);
  await orThrow(migratePostgres(pool), 'migrate');
  const store = makePostgresEventStore(pool, { codec: CampaignEvent });
  return {
    store,
    close: async () => {
      await store.close();
      await pool.end();
    },
  };
};

/**
 * Imports a million-event workload into a new SQLite file or PostgreSQL database with
 * bulkAppendOurs, generating it a stream at a time; returns where it is (the caller removes it).
 */
export const importMillion = async (backend: MillionBackend, workload: WorkloadOptions, environment: SubjectEnvironment): Promise<string> => {
  const where = backend === 'sqlite' ? freshSqliteFile(environment.tempDir, 'million').where : (await freshPostgresDatabase(requirePostgres(environment, 'the million replay'), 'million')).where;
  const { store, close } = await openOurs(backend, where);
  try {
    await bulkAppendOurs(store, { streams: workloadStreams(workload) });
  } finally {
    await close();
  }
  return where;
};

// The kernel's count of the process's peak resident memory, in kB; null where there is no /proc.
const vmHwmKiB = (): number | null => {
  try {
    const line = readFileSync('/proc/self/status', 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
    return line === undefined ? null : Number(line.replace(/\D+/g, ''));
  } catch {
    return null;
  }
};

// A fold that keeps nothing of an event but that it came: the memory of the read and decoding alone.
const countingFold = (): ReplayFold => {
  let count = 0;
  return {
    add: () => {
      count++;
    },
    facts: () => campaignFactsProjection.init(),
    count: () => count,
  };
};

/**
 * Replays the whole log of an imported million (readAll pages, each event decoded) in this
 * process, which does nothing else, and reports its speed and the process's peak memory. Folded
 * into the campaign's facts, the facts of every event are held at the end, as a report's replay
 * holds them; folded into a count, what remains is what the paged read itself holds.
 */
export const replayMillion = async (backend: MillionBackend, where: string, foldInto: MillionFold): Promise<MillionReplay> => {
  const { store, close } = await openOurs(backend, where);
  try {
    const fold = foldInto === 'facts' ? makeReplayFold() : countingFold();
    const replay = oursSession(store, close).fullReplay;
    if (replay === undefined) throw new Error('our stores all read the whole log');
    const rssBefore = process.memoryUsage().rss;
    const start = performance.now();
    await replay(fold);
    const seconds = (performance.now() - start) / 1000;
    const maxRss = process.resourceUsage().maxRSS * 1024;
    const hwm = vmHwmKiB();
    return {
      backend,
      fold: foldInto,
      events: fold.count(),
      seconds,
      eventsPerSecond: fold.count() / seconds,
      rssBeforeMiB: rssBefore / MiB,
      maxRssMiB: maxRss / MiB,
      vmHwmMiB: hwm === null ? null : hwm / 1024,
      // Computed after the memory was read: the figures are the check, not the measurement.
      figures: foldInto === 'facts' ? replayFigures(fold.facts(), fold.count()) : null,
    };
  } finally {
    await close();
  }
};
