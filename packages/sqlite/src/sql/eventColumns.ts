/** The columns every read of the events table selects, in the shape of EventRow. */
export const eventColumns = `global_position, event_id, stream, stream_revision, event_type, data, metadata, domain_date, recorded_at,
  hash, previous_stream_hash, previous_global_hash`;
