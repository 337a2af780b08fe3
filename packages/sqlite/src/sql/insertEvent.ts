/** Stores one sealed event at the position and revision the append computed. */
export const insertEvent = `
INSERT INTO events (
  global_position, event_id, stream, stream_revision, event_type, data, metadata, domain_date, recorded_at,
  hash, previous_stream_hash, previous_global_hash
) VALUES (
  @globalPosition, @eventId, @stream, @streamRevision, @eventType, @data, @metadata, @domainDate, @recordedAt,
  @hash, @previousStreamHash, @previousGlobalHash
)`;
