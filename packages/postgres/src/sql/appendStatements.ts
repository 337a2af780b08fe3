import { preparedStatement } from './preparedStatement';
import { envelopeColumns } from './readStatements';

// The statements of an append, in the order appendTransaction runs them.

/**
 * Locks the stream's row ($1), creating it (revision -1, genesis hash, the columns' defaults) for
 * a new stream, and returns the stream's head as the last committed append left it: ON CONFLICT
 * DO UPDATE waits for a concurrent append to the stream and then works on the newest version of
 * the row. It sets only `lock_handle`, the one column a writer role may update. The lock is held
 * until commit; appends to other streams are not held up.
 */
export const lockStream = preparedStatement('lockStream', `
INSERT INTO campaign_ledger.streams AS s (stream) VALUES ($1)
ON CONFLICT (stream) DO UPDATE SET lock_handle = s.lock_handle
RETURNING revision, hash`);

/** The stored events among a batch's ids ($1, uuid[]), for the idempotency check: whole rows, read as reads read them. */
export const selectStoredEvents = preparedStatement('selectStoredEvents', `
SELECT ${envelopeColumns}
FROM campaign_ledger.events
WHERE event_id = ANY($1::uuid[])`);

/** A stream's ($1) last revision, for an empty append, which locks nothing; no row when the stream does not exist. */
export const selectStreamRevision = `SELECT revision FROM campaign_ledger.streams WHERE stream = $1`;

/**
 * The one lock all appends share, taken as their last step: returns the log's head (its last
 * position, hash and recordedAt) as the last committed append left it (FOR UPDATE waits for the
 * holder, then reads the row's newest version) and holds the row until commit. The recordedAt is
 * kept on the row, not looked up in the events table: a subquery would read the snapshot taken
 * before the wait, and miss the event the holder committed.
 */
export const lockLogHead = preparedStatement('lockLogHead', `SELECT position, hash, recorded_at FROM campaign_ledger.log_head FOR UPDATE`);

// The head rows are moved by the trigger events_move_heads, with the owner's rights; a writer role
// may lock them but not change them. The owner, or a migration gone wrong, still can, so every
// insert first checks them against the events, in the statement that inserts, after both locks
// were granted: the log's last event
// must be the position before the batch's first and carry the hash it links to, and so must each
// stream's last event. When they disagree nothing is inserted or moved, and `heads_agree` is
// false: the append then says which row disagrees with the log (see headMismatch.ts), rather than
// failing on a key a racing writer is said to have taken.
const GENESIS_BYTES = `decode(repeat('0', 64), 'hex')`;
const guardedInsert = `
WITH batch AS (
  SELECT * FROM unnest(
    $1::bigint[], $2::uuid[], $3::text[], $4::bigint[], $5::text[], $6::text[], $7::text[],
    $8::date[], $9::text[], $10::text[], $11::text[], $12::text[]
  ) AS u(position, id, stream, revision, type, data, metadata, domain_date, recorded_at, hash, previous_stream_hash, previous_global_hash)
), log_last AS (
  SELECT global_position, hash FROM campaign_ledger.events ORDER BY global_position DESC LIMIT 1
), stream_firsts AS (
  SELECT DISTINCT ON (stream) stream, revision, previous_stream_hash FROM batch ORDER BY stream, revision
), heads AS (
  SELECT
    coalesce((SELECT global_position FROM log_last), 0) = (SELECT min(position) FROM batch) - 1
    AND coalesce((SELECT hash FROM log_last), ${GENESIS_BYTES}) = (SELECT decode(previous_global_hash, 'hex') FROM batch ORDER BY position LIMIT 1)
    AND NOT EXISTS (
      SELECT 1 FROM stream_firsts f
      LEFT JOIN LATERAL (
        SELECT e.stream_revision, e.hash FROM campaign_ledger.events e WHERE e.stream = f.stream ORDER BY e.stream_revision DESC LIMIT 1
      ) l ON true
      WHERE coalesce(l.stream_revision, -1) <> f.revision - 1 OR coalesce(l.hash, ${GENESIS_BYTES}) <> decode(f.previous_stream_hash, 'hex')
    ) AS agree
), appended AS (
  INSERT INTO campaign_ledger.events (
    global_position, event_id, stream, stream_revision, event_type, data, metadata,
    domain_date, recorded_at, hash, previous_stream_hash, previous_global_hash
  )
  SELECT position, id, stream, revision, type, data, metadata, domain_date, recorded_at,
         decode(hash, 'hex'), decode(previous_stream_hash, 'hex'), decode(previous_global_hash, 'hex')
  FROM batch WHERE (SELECT agree FROM heads)
  RETURNING 1
)
SELECT (SELECT agree FROM heads) AS heads_agree, (SELECT count(*) FROM appended) AS appended`;

/** What the insert statements return: whether the head rows agreed with the log, and what was written. */
export interface InsertedRow {
  readonly heads_agree: boolean;
  readonly appended: string;
}

/**
 * Inserts a sealed batch, of one stream or several, one array per column zipped by unnest (the
 * hashes sent as hex, stored as bytes), in one statement: one round trip inside the serial part of
 * the append. The trigger events_move_heads then moves the head rows to the batch's last events.
 * Nothing is written when the head rows disagree with the log.
 */
export const insertEvents = preparedStatement('insertEvents', guardedInsert);

/**
 * Locks the rows of a batch's streams ($1, distinct names), creating those that do not exist, in
 * name order, so that two batches lock their common streams in the same order and never deadlock;
 * returns each stream's head as the last committed append left it.
 */
export const lockStreams = preparedStatement('lockStreams', `
INSERT INTO campaign_ledger.streams AS s (stream)
SELECT name FROM unnest($1::text[]) AS u(name) ORDER BY name
ON CONFLICT (stream) DO UPDATE SET lock_handle = s.lock_handle
RETURNING stream, revision, hash`);

/**
 * The head rows set against the log, for the message of an append they stopped: the log head
 * row and the log's last event; for each stream given ($1), its row and its last event.
 */
export const selectHeadsAgainstLog = `
SELECT NULL AS stream, h.position AS row_at, h.hash AS row_hash, coalesce(e.global_position, 0) AS last_at,
       coalesce(encode(e.hash, 'hex'), repeat('0', 64)) AS last_hash
FROM campaign_ledger.log_head h
LEFT JOIN LATERAL (SELECT global_position, hash FROM campaign_ledger.events ORDER BY global_position DESC LIMIT 1) e ON true
UNION ALL
SELECT s.stream, s.revision, s.hash, coalesce(e.stream_revision, -1), coalesce(encode(e.hash, 'hex'), repeat('0', 64))
FROM campaign_ledger.streams s
LEFT JOIN LATERAL (
  SELECT stream_revision, hash FROM campaign_ledger.events WHERE stream = s.stream ORDER BY stream_revision DESC LIMIT 1
) e ON true
WHERE s.stream = ANY($1::text[])`;
