import type { CampaignEvent, EventEnvelope, NewEvent } from '@campaign-ledger/core';
import Database from 'better-sqlite3';
import { benchEnvelope } from '../benchEnvelope';
import { workloadDecider } from '../commandDecider';
import { freshSqliteFile } from '../freshDatabases';
import { REPLAY_PAGE } from '../oursSession';
import type { ReplayFold } from '../replayFold';
import { storeOperations, type Subject, type SubjectSession } from '../subject';

// A plain events table: the columns a store needs to read a stream and the log back, and the two
// unique keys every event store has (the id, and one event per stream revision).
const createEvents = `
CREATE TABLE events (
  position INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL UNIQUE,
  stream TEXT NOT NULL,
  revision INTEGER NOT NULL,
  type TEXT NOT NULL,
  data TEXT NOT NULL,
  domain_date TEXT,
  recorded_at TEXT NOT NULL,
  UNIQUE (stream, revision)
)`;
const insertEvent = `
INSERT INTO events (event_id, stream, revision, type, data, domain_date, recorded_at)
VALUES (@eventId, @stream, @revision, @type, @data, @domainDate, @recordedAt)`;
const selectColumns = 'SELECT position, event_id, stream, revision, type, data, domain_date, recorded_at FROM events';
const selectStream = `${selectColumns} WHERE stream = ? ORDER BY revision`;
const selectPage = `${selectColumns} WHERE position > ? ORDER BY position LIMIT ?`;
const selectStreamRevision = 'SELECT max(revision) AS revision FROM events WHERE stream = ?';
const countEvents = 'SELECT count(*) AS n FROM events';

interface EventRow {
  readonly position: number;
  readonly event_id: string;
  readonly stream: string;
  readonly revision: number;
  readonly type: string;
  readonly data: string;
  readonly domain_date: string | null;
  readonly recorded_at: string;
}

const eventOf = (row: EventRow): CampaignEvent => ({ type: row.type, data: JSON.parse(row.data) }) as CampaignEvent;

const envelopeOf = (row: EventRow): EventEnvelope<CampaignEvent> =>
  benchEnvelope({
    eventId: row.event_id,
    stream: row.stream,
    streamRevision: row.revision,
    globalPosition: row.position,
    recordedAt: row.recorded_at,
    domainDate: row.domain_date,
    event: eventOf(row),
  });

const session = (db: Database.Database, remove: () => Promise<void>): SubjectSession => {
  db.exec(createEvents);
  const insert = db.prepare(insertEvent);
  const stream = db.prepare<[string], EventRow>(selectStream);
  const page = db.prepare<[number, number], EventRow>(selectPage);
  const revision = db.prepare<[string], { readonly revision: number | null }>(selectStreamRevision);
  const count = db.prepare<[], { readonly n: number }>(countEvents);

  const insertAll = (name: string, events: ReadonlyArray<NewEvent<CampaignEvent>>, from: number): void => {
    const recordedAt = new Date().toISOString();
    events.forEach((e, i) => {
      insert.run({ eventId: e.id, stream: name, revision: from + i, type: e.event.type, data: JSON.stringify(e.event.data), domainDate: e.domainDate, recordedAt });
    });
  };
  // Appends at an expected revision, in a write transaction that checks it first.
  const appendAt = db.transaction((name: string, events: ReadonlyArray<NewEvent<CampaignEvent>>, expected: number) => {
    const actual = revision.get(name)?.revision ?? -1;
    if (actual !== expected) throw new Error(`${name} is at ${actual}, not ${expected}`);
    insertAll(name, events, expected + 1);
  });
  const replayStream = (name: string, fold: ReplayFold): void => {
    for (const row of stream.all(name)) fold.add(envelopeOf(row));
  };

  return {
    commandAppends: async (workload) => {
      for (const s of workload.streams) {
        for (const command of s.commands) {
          const rows = stream.all(s.name);
          rows.map(eventOf).reduce(workloadDecider.evolve, workloadDecider.initialState());
          appendAt.immediate(s.name, command.events, rows.length - 1);
        }
      }
    },
    // One transaction for everything: as fast as SQLite takes rows.
    bulkImport: async (source) => {
      db.transaction(() => {
        for (const s of source.streams) insertAll(s.name, s.events, 0);
      }).immediate();
    },
    fullReplay: async (fold) => {
      for (let after = 0; ; ) {
        const rows = page.all(after, REPLAY_PAGE);
        for (const row of rows) fold.add(envelopeOf(row));
        const last = rows[rows.length - 1];
        if (last === undefined || rows.length < REPLAY_PAGE) return;
        after = last.position;
      }
    },
    replayByStream: async (names, fold) => {
      for (const name of names) replayStream(name, fold);
    },
    storedCount: async () => count.get()?.n ?? 0,
    close: async () => {
      db.close();
      await remove();
    },
  };
};

/**
 * better-sqlite3 with nothing of ours: a plain table, prepared statements, one transaction per
 * command (one for a whole import), and the pragmas of our store (WAL, synchronous=NORMAL), so
 * that both lose and keep the same on a crash.
 */
export const rawSqlite: Subject = {
  name: 'raw-sqlite',
  family: 'raw',
  backend: 'sqlite',
  operations: storeOperations,
  open: async ({ tempDir }) => {
    const file = freshSqliteFile(tempDir, 'raw');
    const db = new Database(file.where);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    return { ...session(db, file.remove), storedBytes: file.storedBytes };
  },
};
