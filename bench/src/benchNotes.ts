import { BULK_BATCH, BULK_CHUNK } from './bulkAppendOurs';
import { REPLAY_PAGE } from './oursSession';
import type { WorkloadSummary } from './workloadSummary';

/** Why Emmett's SQLite store is not measured, as checked on Node.js 20 against the npm registry. */
export const EMMETT_SQLITE_LEFT_OUT =
  'emmett-sqlite is not measured: @event-driven-io/emmett-sqlite 0.42.4, its only 0.42.x, needs @event-driven-io/emmett 0.42.4 exactly as a peer, which is not published (0.42.0 is the latest), so npm refuses to install it (ERESOLVE) without --legacy-peer-deps; and its peer sqlite3 5.1.7 finds no prebuilt binary it can download here, so it compiles from source (1 min 47 s on this machine, on top of better-sqlite3).';

/** How each operation is done, printed under the table so that the numbers can be read. */
export const benchNotes = (commandWorkload: WorkloadSummary): ReadonlyArray<string> => [
  `command-style: the first ${commandWorkload.streams} streams, one command (1–5 events) at a time: read the whole stream, fold it with the campaign decider's evolve, append at the revision read (ours: handleCommand; Emmett: CommandHandler; raw: the same by hand, one transaction per command).`,
  `bulk import: ours gathers parts of ${BULK_CHUNK} events per stream into one appendBatch of about ${BULK_BATCH.toLocaleString('en-US')} events (one transaction; EventStoreDB, which has no appendBatch, appends part by part); Emmett appends ${BULK_CHUNK} events per call, stream after stream; raw-memory pushes, raw-sqlite inserts in one transaction, raw-postgres sends multi-row INSERTs of 1,000 rows in one transaction; bulk (COPY) is one COPY ... FROM STDIN.`,
  `full replay: the whole log in pages of ${REPLAY_PAGE.toLocaleString('en-US')} (ours: readAll, raw: keyset pages, emmett-postgres: readMessagesBatch), each event parsed (ours: and decoded with the CampaignEvent codec) and folded with campaignFactsProjection; replay by stream reads each stream whole into the same fold. The figures are computed afterwards, untimed.`,
  'Each run of each subject starts on a new database (a new file, a new PostgreSQL database), and each subject runs in a process of its own, one after the other.',
  EMMETT_SQLITE_LEFT_OUT,
];
