/** The columns every read of the events table selects, named as the fields of core's StoredRecord (see eventRow: data and metadata come back as dataText and metadataText). */
export const eventColumns = `global_position AS globalPosition, event_id AS eventId, stream, stream_revision AS streamRevision,
  event_type AS type, data AS dataText, metadata AS metadataText, domain_date AS domainDate, recorded_at AS recordedAt,
  hash, previous_stream_hash AS previousStreamHash, previous_global_hash AS previousGlobalHash`;
