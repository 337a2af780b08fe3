// The columns of an envelope, in the shape rowToEnvelope reads. The domain date is formatted
// here, so no DateStyle setting and no client time zone can change it; the hashes, stored as
// bytes, come back as the lower-case hex they were sealed as.
export const envelopeColumns = `
  global_position, event_id, stream, stream_revision, event_type, data, metadata,
  to_char(domain_date, 'YYYY-MM-DD') AS domain_date, recorded_at,
  encode(hash, 'hex') AS hash, encode(previous_stream_hash, 'hex') AS previous_stream_hash,
  encode(previous_global_hash, 'hex') AS previous_global_hash`;

/** A stream ($1) from a revision ($2) upwards, at most $3 events (NULL: no limit). */
export const readStreamForwards = `
SELECT ${envelopeColumns} FROM campaign_ledger.events
WHERE stream = $1 AND stream_revision >= $2
ORDER BY stream_revision ASC
LIMIT $3`;

/** A stream ($1) from a revision ($2) downwards, at most $3 events (NULL: no limit). */
export const readStreamBackwards = `
SELECT ${envelopeColumns} FROM campaign_ledger.events
WHERE stream = $1 AND stream_revision <= $2
ORDER BY stream_revision DESC
LIMIT $3`;

/** The log from a position ($1) upwards, at most $2 events (NULL: no limit). */
export const readAllForwards = `
SELECT ${envelopeColumns} FROM campaign_ledger.events
WHERE global_position >= $1
ORDER BY global_position ASC
LIMIT $2`;

/** The log from a position ($1) downwards, at most $2 events (NULL: no limit). */
export const readAllBackwards = `
SELECT ${envelopeColumns} FROM campaign_ledger.events
WHERE global_position <= $1
ORDER BY global_position DESC
LIMIT $2`;
