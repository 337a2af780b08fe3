/**
 * The columns every read of the events table selects, named as the fields of core's StoredRecord
 * (see eventRow: data and metadata come back as dataText and metadataText, the event id as the hex
 * of its 16 bytes, which recordOf writes as a UUID). Hashes are stored as bytes and read as the
 * lower-case hex they were sealed as.
 */
export const eventColumns = `global_position AS globalPosition, lower(hex(event_id)) AS eventIdHex, stream, stream_revision AS streamRevision,
  event_type AS type, data AS dataText, metadata AS metadataText, domain_date AS domainDate, recorded_at AS recordedAt,
  lower(hex(hash)) AS hash, lower(hex(previous_stream_hash)) AS previousStreamHash, lower(hex(previous_global_hash)) AS previousGlobalHash`;
