// Migration 3: the events table again, with event ids and hashes as bytes instead of hex text
// (16 and 32 bytes against 36 and 64 characters, in the rows and in the event id index). SQLite
// cannot change a column's type, so the table is rebuilt: created under a new name, filled from
// the old one, which is dropped, and renamed. Reads give the bytes back as lower-case hex (see
// eventColumns), so what was sealed is what is read, and verification is unchanged.

/** The events table with byte columns; the CHECKs keep every id 16 bytes and every hash 32. */
export const createEventsTableWithBytes = `
CREATE TABLE events_with_bytes (
  global_position      INTEGER PRIMARY KEY,
  event_id             BLOB NOT NULL UNIQUE CHECK (length(event_id) = 16),
  stream               TEXT NOT NULL CHECK (stream <> ''),
  stream_revision      INTEGER NOT NULL CHECK (stream_revision >= 0),
  event_type           TEXT NOT NULL CHECK (event_type <> ''),
  data                 TEXT NOT NULL,
  metadata             TEXT NOT NULL,
  domain_date          TEXT,
  recorded_at          TEXT NOT NULL,
  hash                 BLOB NOT NULL CHECK (length(hash) = 32),
  previous_stream_hash BLOB NOT NULL CHECK (length(previous_stream_hash) = 32),
  previous_global_hash BLOB NOT NULL CHECK (length(previous_global_hash) = 32),
  UNIQUE (stream, stream_revision)
) STRICT`;

/**
 * Copies every event, converting the hex text: a value that is not hex becomes NULL and fails the
 * NOT NULL, so a file whose ids or hashes were edited into something else refuses to migrate
 * (the whole migration rolls back) rather than losing what was there.
 */
export const copyEventsAsBytes = `
INSERT INTO events_with_bytes
SELECT global_position, unhex(event_id, '-'), stream, stream_revision, event_type, data, metadata, domain_date, recorded_at,
       unhex(hash), unhex(previous_stream_hash), unhex(previous_global_hash)
FROM events
ORDER BY global_position`;

/** Drops the table of hex text, once its rows are copied. */
export const dropEventsWithText = `DROP TABLE events`;

/** Gives the new table the old name, which every statement uses. */
export const renameEventsWithBytes = `ALTER TABLE events_with_bytes RENAME TO events`;
