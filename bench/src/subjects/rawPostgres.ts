import type { CampaignEvent, EventEnvelope, NewEvent } from '@campaign-ledger/core';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { benchEnvelope } from '../benchEnvelope';
import { workloadDecider } from '../commandDecider';
import { freshPostgresDatabase } from '../freshDatabases';
import { REPLAY_PAGE } from '../oursSession';
import type { ReplayFold } from '../replayFold';
import { storeOperations, type StreamSource, type Subject, type SubjectSession } from '../subject';
import { requirePostgres } from './requirePostgres';

// A plain events table with the two unique keys of an event store; the unique (stream, revision)
// is what refuses an append at a stale revision. The data is kept as JSON text, as ours keeps it.
const createEvents = `
CREATE TABLE events (
  position bigserial PRIMARY KEY,
  event_id uuid NOT NULL UNIQUE,
  stream text NOT NULL,
  revision integer NOT NULL,
  type text NOT NULL,
  data text NOT NULL,
  domain_date date,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (stream, revision)
)`;
const insertColumns = 'INSERT INTO events (event_id, stream, revision, type, data, domain_date) VALUES ';
const selectColumns = `SELECT position, event_id, stream, revision, type, data, domain_date::text AS domain_date, recorded_at::text AS recorded_at FROM events`;
const selectStream = `${selectColumns} WHERE stream = $1 ORDER BY revision`;
const selectPage = `${selectColumns} WHERE position > $1 ORDER BY position LIMIT $2`;
const copyEvents = 'COPY events (event_id, stream, revision, type, data, domain_date) FROM STDIN';
const countEvents = 'SELECT count(*)::integer AS n FROM events';

const COLUMNS = 6;
// Rows per INSERT of a bulk import: 6,000 parameters, well under PostgreSQL's 65,535.
const INSERT_ROWS = 1_000;

interface EventRow {
  readonly position: string;
  readonly event_id: string;
  readonly stream: string;
  readonly revision: number;
  readonly type: string;
  readonly data: string;
  readonly domain_date: string | null;
  readonly recorded_at: string;
}

/** One row to insert: an event at its revision. */
interface NewRow {
  readonly stream: string;
  readonly revision: number;
  readonly event: NewEvent<CampaignEvent>;
}

// A multi-row INSERT of n rows, prepared once per n under its own name.
const insertStatement = (n: number): string =>
  insertColumns + Array.from({ length: n }, (_, row) => `(${Array.from({ length: COLUMNS }, (_, c) => `$${row * COLUMNS + c + 1}`).join(', ')})`).join(', ');

const valuesOf = (rows: ReadonlyArray<NewRow>): unknown[] =>
  rows.flatMap(({ stream, revision, event }) => [event.id, stream, revision, event.event.type, JSON.stringify(event.event.data), event.domainDate]);

const eventOf = (row: EventRow): CampaignEvent => ({ type: row.type, data: JSON.parse(row.data) }) as CampaignEvent;

const envelopeOf = (row: EventRow): EventEnvelope<CampaignEvent> =>
  benchEnvelope({
    eventId: row.event_id,
    stream: row.stream,
    streamRevision: row.revision,
    globalPosition: Number(row.position),
    recordedAt: row.recorded_at,
    domainDate: row.domain_date,
    event: eventOf(row),
  });

// COPY's text format: a backslash, a tab or a line break inside a value is written escaped, and \N is NULL.
const copyText = (value: string): string => value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] as string);

function* copyLines(source: StreamSource): Generator<string> {
  for (const s of source.streams) {
    // One chunk per stream: large enough that the stream machinery costs nothing.
    yield s.events
      .map((e, revision) => [e.id, copyText(s.name), String(revision), copyText(e.event.type), copyText(JSON.stringify(e.event.data)), e.domainDate ?? '\\N'].join('\t') + '\n')
      .join('');
  }
}

function* rowsOf(source: StreamSource): Generator<NewRow> {
  for (const s of source.streams) {
    for (let revision = 0; revision < s.events.length; revision++) yield { stream: s.name, revision, event: s.events[revision] as NewEvent<CampaignEvent> };
  }
}

const session = (client: pg.Client, remove: () => Promise<void>): SubjectSession => {
  const insert = (rows: ReadonlyArray<NewRow>) => client.query({ name: `insert-${rows.length}`, text: insertStatement(rows.length), values: valuesOf(rows) });
  const readStream = async (stream: string): Promise<ReadonlyArray<EventRow>> =>
    (await client.query<EventRow>({ name: 'select-stream', text: selectStream, values: [stream] })).rows;
  const replayStream = async (stream: string, fold: ReplayFold): Promise<void> => {
    for (const row of await readStream(stream)) fold.add(envelopeOf(row));
  };

  return {
    commandAppends: async (workload) => {
      for (const s of workload.streams) {
        for (const command of s.commands) {
          const rows = await readStream(s.name);
          rows.map(eventOf).reduce(workloadDecider.evolve, workloadDecider.initialState());
          // One statement is one transaction; a revision taken meanwhile breaks the unique key.
          await insert(command.events.map((event, i) => ({ stream: s.name, revision: rows.length + i, event })));
        }
      }
    },
    // Multi-row INSERTs in one transaction.
    bulkImport: async (source) => {
      await client.query('BEGIN');
      let batch: NewRow[] = [];
      for (const row of rowsOf(source)) {
        batch.push(row);
        if (batch.length === INSERT_ROWS) {
          await insert(batch);
          batch = [];
        }
      }
      if (batch.length > 0) await insert(batch);
      await client.query('COMMIT');
    },
    copyImport: async (source) => {
      await pipeline(Readable.from(copyLines(source)), client.query(copyStreams.from(copyEvents)));
    },
    fullReplay: async (fold) => {
      for (let after = 0; ; ) {
        const { rows } = await client.query<EventRow>({ name: 'select-page', text: selectPage, values: [after, REPLAY_PAGE] });
        for (const row of rows) fold.add(envelopeOf(row));
        const last = rows[rows.length - 1];
        if (last === undefined || rows.length < REPLAY_PAGE) return;
        after = Number(last.position);
      }
    },
    replayByStream: async (names, fold) => {
      for (const name of names) await replayStream(name, fold);
    },
    storedCount: async () => (await client.query<{ readonly n: number }>(countEvents)).rows[0]?.n ?? 0,
    close: async () => {
      await client.end();
      await remove();
    },
  };
};

/**
 * pg with nothing of ours, on one connection: a plain table, named prepared statements, one
 * multi-row INSERT per command, multi-row INSERTs in one transaction for an import, and COPY as
 * the fastest import there is; keyset pages of the log for a replay.
 */
export const rawPostgres: Subject = {
  name: 'raw-postgres',
  family: 'raw',
  backend: 'postgres',
  operations: [...storeOperations, 'bulk-copy'],
  open: async (environment) => {
    const database = await freshPostgresDatabase(requirePostgres(environment, 'raw-postgres'), 'raw');
    const client = new pg.Client({ connectionString: database.where });
    client.on('error', () => undefined);
    await client.connect();
    await client.query(createEvents);
    return { ...session(client, database.remove), storedBytes: database.storedBytes };
  },
};
