// The statements of an append, in the order appendTransaction runs them.

/**
 * Locks the stream's row ($1), creating it (revision -1, genesis hash) for a new stream, and
 * returns the stream's head as the last committed append left it: ON CONFLICT DO UPDATE waits for
 * a concurrent append to the stream and then works on the newest version of the row. The lock is
 * held until commit; appends to other streams are not held up.
 */
export const lockStream = `
INSERT INTO campaign_ledger.streams AS s (stream, revision, hash) VALUES ($1, -1, repeat('0', 64))
ON CONFLICT (stream) DO UPDATE SET stream = s.stream
RETURNING revision, hash`;

/** The stored events among a batch's ids ($1, uuid[]), for the idempotency check: whole rows, read as reads read them. */
export const selectStoredEvents = `
SELECT global_position, event_id, stream, stream_revision, event_type, data, metadata,
       to_char(domain_date, 'YYYY-MM-DD') AS domain_date, recorded_at,
       hash, previous_stream_hash, previous_global_hash
FROM campaign_ledger.events
WHERE event_id = ANY($1::uuid[])`;

/** A stream's ($1) last revision, for an empty append, which locks nothing; no row when the stream does not exist. */
export const selectStreamRevision = `SELECT revision FROM campaign_ledger.streams WHERE stream = $1`;

/**
 * The one lock all appends share, taken as their last step: returns the log's head (its last
 * position, hash and recordedAt) as the last committed append left it (FOR UPDATE waits for the
 * holder, then reads the row's newest version) and holds the row until commit. The recordedAt is
 * kept on the row, not looked up in the events table: a subquery would read the snapshot taken
 * before the wait, and miss the event the holder committed.
 */
export const lockLogHead = `SELECT position, hash, recorded_at FROM campaign_ledger.log_head FOR UPDATE`;

/**
 * Inserts a sealed batch, one array per column zipped by unnest, and moves the stream's head
 * ($13 revision, $14 hash) and the log's ($15 position, $16 hash, $17 recordedAt) to its last
 * event, in one statement: one round trip inside the serial part of the append.
 */
export const insertEvents = `
WITH appended AS (
  INSERT INTO campaign_ledger.events (
    global_position, event_id, stream, stream_revision, event_type, data, metadata,
    domain_date, recorded_at, hash, previous_stream_hash, previous_global_hash
  )
  SELECT * FROM unnest(
    $1::bigint[], $2::uuid[], $3::text[], $4::bigint[], $5::text[], $6::text[], $7::text[],
    $8::date[], $9::text[], $10::text[], $11::text[], $12::text[]
  )
  RETURNING 1
), stream_moved AS (
  UPDATE campaign_ledger.streams SET revision = $13, hash = $14 WHERE stream = ($3::text[])[1]
  RETURNING 1
), log_moved AS (
  UPDATE campaign_ledger.log_head SET position = $15, hash = $16, recorded_at = $17
  RETURNING 1
)
SELECT (SELECT count(*) FROM appended) AS appended, (SELECT count(*) FROM stream_moved) AS streams, (SELECT count(*) FROM log_moved) AS heads`;
