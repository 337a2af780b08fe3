// Set-up `quill`: Quill, the fictional embedded SQL database of docs/adapters.md, made real enough
// for the kit: its driver (`QuillDb`: `query`, and `transaction`, one at a time), the statements a
// store of it keeps one per file under `src/sql/`, the store's small row helpers, and
// `startQuill`, which gives each test a fresh, migrated database. It runs on SQLite
// (better-sqlite3, in memory), so that the docs tests run the page's store through the
// conformance kit.
import type { EventEnvelope, StoreError } from '@campaign-ledger/core';
import type { AppendHeads, StoredRecord } from '@campaign-ledger/core/adapter';
import Database from 'better-sqlite3';

/** A row as Quill returns it: column names to values. */
export type QuillRow = Readonly<Record<string, unknown>>;

/** A statement whose rows have the shape R. */
export interface Statement<R extends QuillRow = QuillRow> {
  readonly sql: string;
  /** Never set: it only carries the row type. */
  readonly row?: R;
}

/** What runs statements, given as text or as a typed Statement: the database, or a transaction. Arrays are bound as JSON text. */
export interface QuillQueries {
  readonly query: <R extends QuillRow = QuillRow>(statement: string | Statement<R>, params?: ReadonlyArray<unknown>) => Promise<{ readonly rows: ReadonlyArray<R> }>;
}

/** A Quill database: statements run one at a time, and a transaction runs alone from BEGIN to COMMIT. */
export interface QuillDb extends QuillQueries {
  readonly transaction: <A>(work: (tx: QuillQueries) => Promise<A>) => Promise<A>;
  /** Creates the tables of the event store. */
  readonly migrate: () => Promise<void>;
  /** Closes and forgets the database. */
  readonly drop: () => Promise<void>;
}

/** A running Quill server. */
export interface QuillServer {
  readonly createDatabase: () => Promise<QuillDb>;
  readonly stop: () => void;
}

const statement = <R extends QuillRow = QuillRow>(sql: string): Statement<R> => ({ sql });

const COLUMNS =
  'global_position, event_id, stream, stream_revision, type, data, metadata, domain_date, recorded_at, hash, previous_stream_hash, previous_global_hash';

/** A stored event, as its columns come back. */
export interface EventRow extends QuillRow {
  readonly global_position: number;
  readonly event_id: string;
  readonly stream: string;
  readonly stream_revision: number;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
  readonly domain_date: string | null;
  readonly recorded_at: string;
  readonly hash: string;
  readonly previous_stream_hash: string;
  readonly previous_global_hash: string;
}

/** src/sql/takeAppendLock.ts: the write lock every append takes first, held until its commit. */
export const takeAppendLock = statement('UPDATE append_lock SET taken = taken + 1');
/** src/sql/selectStoredByIds.ts: the stored events among the ids of a batch (a JSON array). */
export const selectStoredByIds = statement<EventRow>(`SELECT ${COLUMNS} FROM events WHERE event_id IN (SELECT value FROM json_each(?))`);
/** src/sql/selectStreamHead.ts: a stream's last revision and hash. */
export const selectStreamHead = statement<{ readonly revision: number; readonly hash: string }>(
  'SELECT stream_revision AS revision, hash FROM events WHERE stream = ? ORDER BY stream_revision DESC LIMIT 1',
);
/** src/sql/selectLogHead.ts: the log's last position, hash and recordedAt. */
export const selectLogHead = statement<{ readonly position: number; readonly hash: string; readonly recordedAt: string }>(
  'SELECT global_position AS position, hash, recorded_at AS recordedAt FROM events ORDER BY global_position DESC LIMIT 1',
);
/** src/sql/insertEvent.ts: one sealed event (see rowOf). */
export const insertEvent = statement(`INSERT INTO events (${COLUMNS}) VALUES (${COLUMNS.split(',').map(() => '?').join(', ')})`);

const selectAllForwards = statement<EventRow>(`SELECT ${COLUMNS} FROM events WHERE global_position >= ? ORDER BY global_position LIMIT ?`);
const selectAllBackwards = statement<EventRow>(`SELECT ${COLUMNS} FROM events WHERE global_position <= ? ORDER BY global_position DESC LIMIT ?`);
const selectStreamForwards = statement<EventRow>(`SELECT ${COLUMNS} FROM events WHERE stream = ? AND stream_revision >= ? ORDER BY stream_revision LIMIT ?`);
const selectStreamBackwards = statement<EventRow>(
  `SELECT ${COLUMNS} FROM events WHERE stream = ? AND stream_revision <= ? ORDER BY stream_revision DESC LIMIT ?`,
);

/** How a read goes, as the port's read options say it (already checked). */
export interface ReadWindow {
  readonly direction: 'forwards' | 'backwards';
  /** Inclusive; the start of the log or stream when undefined. */
  readonly from: number | undefined;
  readonly limit: number | undefined;
}

// SQLite reads LIMIT -1 as no limit.
const limitOf = (limit: number | undefined): number => limit ?? -1;

/** src/sql/selectAll.ts: the log, forwards or backwards, from a position, up to a limit. */
export const selectAll = async (db: QuillQueries, { direction, from, limit }: ReadWindow): Promise<ReadonlyArray<EventRow>> =>
  direction === 'forwards'
    ? (await db.query(selectAllForwards, [from ?? 1, limitOf(limit)])).rows
    : (await db.query(selectAllBackwards, [from ?? Number.MAX_SAFE_INTEGER, limitOf(limit)])).rows;

/** src/sql/selectStream.ts: one stream, forwards or backwards, from a revision, up to a limit. */
export const selectStream = async (db: QuillQueries, stream: string, { direction, from, limit }: ReadWindow): Promise<ReadonlyArray<EventRow>> =>
  direction === 'forwards'
    ? (await db.query(selectStreamForwards, [stream, from ?? 0, limitOf(limit)])).rows
    : (await db.query(selectStreamBackwards, [stream, from ?? Number.MAX_SAFE_INTEGER, limitOf(limit)])).rows;

/** A row as the adapter reads it: data and metadata are stored text, parsed (or found corrupt) by the adapter. */
export const recordOf = (row: EventRow): StoredRecord => ({
  eventId: row.event_id,
  stream: row.stream,
  streamRevision: row.stream_revision,
  globalPosition: row.global_position,
  recordedAt: row.recorded_at,
  domainDate: row.domain_date,
  type: row.type,
  data: { text: row.data },
  metadata: { text: row.metadata },
  hash: row.hash,
  previousStreamHash: row.previous_stream_hash,
  previousGlobalHash: row.previous_global_hash,
});

const GENESIS = '0'.repeat(64);

/** The heads an append extends, from the stream's head row and the log's (either absent when empty). */
export const headsOf = (
  streamHead: { readonly revision: number; readonly hash: string } | undefined,
  logHead: { readonly position: number; readonly hash: string; readonly recordedAt: string } | undefined,
): AppendHeads => ({
  streamRevision: streamHead?.revision ?? -1,
  streamHash: streamHead?.hash ?? GENESIS,
  globalPosition: logHead?.position ?? 0,
  globalHash: logHead?.hash ?? GENESIS,
  recordedAt: logHead?.recordedAt ?? null,
});

/** The parameters of insertEvent for a sealed envelope, with data and metadata as the JSON text prepareAppend made. */
export const rowOf = (envelope: EventEnvelope<{ readonly type: string; readonly data: unknown }>, dataJson: string, metadataJson: string): ReadonlyArray<unknown> => [
  envelope.globalPosition,
  envelope.eventId,
  envelope.stream,
  envelope.streamRevision,
  envelope.event.type,
  dataJson,
  metadataJson,
  envelope.domainDate,
  envelope.recordedAt,
  envelope.hash,
  envelope.previousStreamHash,
  envelope.previousGlobalHash,
];

/** What Quill throws: a closed database, or a statement that failed. */
export class QuillError extends Error {
  override readonly name = 'QuillError';
}

/** A Quill failure as the port's StoreError: anything Quill throws means the store cannot answer now. */
export const mapQuillError = (cause: unknown): StoreError => ({
  _tag: 'StoreUnavailable',
  message: `Quill: ${cause instanceof Error ? cause.message : String(cause)}`,
  cause,
});

const MIGRATION = `
  CREATE TABLE events (
    global_position INTEGER PRIMARY KEY, event_id TEXT NOT NULL UNIQUE, stream TEXT NOT NULL, stream_revision INTEGER NOT NULL,
    type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, domain_date TEXT, recorded_at TEXT NOT NULL,
    hash TEXT NOT NULL, previous_stream_hash TEXT NOT NULL, previous_global_hash TEXT NOT NULL,
    UNIQUE (stream, stream_revision)
  );
  CREATE TABLE append_lock (id INTEGER PRIMARY KEY, taken INTEGER NOT NULL);
  INSERT INTO append_lock VALUES (1, 0);
`;

// One connection per database, and a queue: a statement waits for the transaction before it, so
// no reader sees an append half done.
const openDatabase = (): QuillDb => {
  let sqlite: Database.Database | undefined = new Database(':memory:');
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <A>(work: () => Promise<A>): Promise<A> => {
    const turn = queue.then(work);
    queue = turn.catch(() => undefined);
    return turn;
  };
  const run = <R extends QuillRow>(s: string | Statement<R>, params: ReadonlyArray<unknown> = []): { readonly rows: ReadonlyArray<R> } => {
    if (sqlite === undefined) throw new QuillError('the database is closed');
    const prepared = sqlite.prepare(typeof s === 'string' ? s : s.sql);
    const bound = params.map((p) => (Array.isArray(p) ? JSON.stringify(p) : p));
    return { rows: prepared.reader ? (prepared.all(...bound) as ReadonlyArray<R>) : (prepared.run(...bound), []) };
  };
  const direct: QuillQueries = { query: async (s, params) => run(s, params) };
  return {
    query: (s, params) => inTurn(async () => run(s, params)),
    transaction: (work) =>
      inTurn(async () => {
        run('BEGIN IMMEDIATE');
        try {
          const result = await work(direct);
          run('COMMIT');
          return result;
        } catch (error) {
          if (sqlite?.inTransaction === true) run('ROLLBACK');
          throw error;
        }
      }),
    migrate: () =>
      inTurn(async () => {
        sqlite?.exec(MIGRATION);
      }),
    drop: async () => {
      sqlite?.close();
      sqlite = undefined;
    },
  };
};

/** Starts Quill: each database it creates is new and empty, until it is dropped. */
export const startQuill = async (): Promise<QuillServer> => {
  const open = new Set<QuillDb>();
  return {
    createDatabase: async () => {
      const db = openDatabase();
      open.add(db);
      return db;
    },
    stop: () => {
      for (const db of open) void db.drop();
      open.clear();
    },
  };
};
