import { preparedStatement } from './preparedStatement';
import { envelopeColumns } from './readStatements';

// The statements of an append, in the order appendTransaction runs them.

/**
 * Locks the stream's row ($1), creating it (revision -1, genesis hash) for a new stream, and
 * returns the stream's head as the last committed append left it: ON CONFLICT DO UPDATE waits for
 * a concurrent append to the stream and then works on the newest version of the row. The lock is
 * held until commit; appends to other streams are not held up.
 */
export const lockStream = preparedStatement('lockStream', `
INSERT INTO campaign_ledger.streams AS s (stream, revision, hash) VALUES ($1, -1, repeat('0', 64))
ON CONFLICT (stream) DO UPDATE SET stream = s.stream
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

/**
 * Inserts a sealed batch, one array per column zipped by unnest (the hashes sent as hex, stored as
 * bytes), and moves the stream's head ($13 revision, $14 hash) and the log's ($15 position, $16
 * hash, $17 recordedAt) to its last event, in one statement: one round trip inside the serial
 * part of the append.
 */
export const insertEvents = preparedStatement('insertEvents', `
WITH appended AS (
  INSERT INTO campaign_ledger.events (
    global_position, event_id, stream, stream_revision, event_type, data, metadata,
    domain_date, recorded_at, hash, previous_stream_hash, previous_global_hash
  )
  SELECT position, id, stream, revision, type, data, metadata, domain_date, recorded_at,
         decode(hash, 'hex'), decode(previous_stream_hash, 'hex'), decode(previous_global_hash, 'hex')
  FROM unnest(
    $1::bigint[], $2::uuid[], $3::text[], $4::bigint[], $5::text[], $6::text[], $7::text[],
    $8::date[], $9::text[], $10::text[], $11::text[], $12::text[]
  ) AS u(position, id, stream, revision, type, data, metadata, domain_date, recorded_at, hash, previous_stream_hash, previous_global_hash)
  RETURNING 1
), stream_moved AS (
  UPDATE campaign_ledger.streams SET revision = $13, hash = $14 WHERE stream = ($3::text[])[1]
  RETURNING 1
), log_moved AS (
  UPDATE campaign_ledger.log_head SET position = $15, hash = $16, recorded_at = $17
  RETURNING 1
)
SELECT (SELECT count(*) FROM appended) AS appended, (SELECT count(*) FROM stream_moved) AS streams, (SELECT count(*) FROM log_moved) AS heads`);

/**
 * Locks the rows of a batch's streams ($1, distinct names), creating those that do not exist, in
 * name order, so that two batches lock their common streams in the same order and never deadlock;
 * returns each stream's head as the last committed append left it.
 */
export const lockStreams = preparedStatement('lockStreams', `
INSERT INTO campaign_ledger.streams AS s (stream, revision, hash)
SELECT name, -1, repeat('0', 64) FROM unnest($1::text[]) AS u(name) ORDER BY name
ON CONFLICT (stream) DO UPDATE SET stream = s.stream
RETURNING stream, revision, hash`);

/**
 * Inserts a sealed batch of several streams, one array per column zipped by unnest (as
 * insertEvents), moves every
 * stream it appends to ($13 names, $14 revisions, $15 hashes) and the log's head ($16 position,
 * $17 hash, $18 recordedAt), in one statement.
 */
export const insertBatchEvents = preparedStatement('insertBatchEvents', `
WITH appended AS (
  INSERT INTO campaign_ledger.events (
    global_position, event_id, stream, stream_revision, event_type, data, metadata,
    domain_date, recorded_at, hash, previous_stream_hash, previous_global_hash
  )
  SELECT position, id, stream, revision, type, data, metadata, domain_date, recorded_at,
         decode(hash, 'hex'), decode(previous_stream_hash, 'hex'), decode(previous_global_hash, 'hex')
  FROM unnest(
    $1::bigint[], $2::uuid[], $3::text[], $4::bigint[], $5::text[], $6::text[], $7::text[],
    $8::date[], $9::text[], $10::text[], $11::text[], $12::text[]
  ) AS u(position, id, stream, revision, type, data, metadata, domain_date, recorded_at, hash, previous_stream_hash, previous_global_hash)
  RETURNING 1
), streams_moved AS (
  UPDATE campaign_ledger.streams AS s SET revision = m.revision, hash = m.hash
  FROM unnest($13::text[], $14::bigint[], $15::text[]) AS m(stream, revision, hash)
  WHERE s.stream = m.stream
  RETURNING 1
), log_moved AS (
  UPDATE campaign_ledger.log_head SET position = $16, hash = $17, recorded_at = $18
  RETURNING 1
)
SELECT (SELECT count(*) FROM appended) AS appended, (SELECT count(*) FROM streams_moved) AS streams, (SELECT count(*) FROM log_moved) AS heads`);
