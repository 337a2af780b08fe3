/** Stores one sealed event at the position and revision the append computed; the id and hashes, given as text, are stored as bytes. */
export const insertEvent = `
INSERT INTO events (
  global_position, event_id, stream, stream_revision, event_type, data, metadata, domain_date, recorded_at,
  hash, previous_stream_hash, previous_global_hash
) VALUES (
  @globalPosition, unhex(@eventId, '-'), @stream, @streamRevision, @eventType, @data, @metadata, @domainDate, @recordedAt,
  unhex(@hash), unhex(@previousStreamHash), unhex(@previousGlobalHash)
)`;
