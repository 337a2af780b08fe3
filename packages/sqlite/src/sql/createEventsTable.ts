/**
 * The log. `global_position` is the rowid, but every append gives it explicitly (the log's last
 * position + 1, read inside the append's BEGIN IMMEDIATE transaction) and it is never
 * AUTOINCREMENT: a refused or rolled-back append consumes no position, so the log has no gaps.
 * `(stream, stream_revision)` is unique, so two writers can never both take a revision; event ids
 * are unique and kept in lower case. Data and metadata are JSON text exactly as sealed; the three
 * hash columns are what sealBatch computed in the same transaction.
 */
export const createEventsTable = `
CREATE TABLE events (
  global_position      INTEGER PRIMARY KEY,
  event_id             TEXT NOT NULL UNIQUE CHECK (event_id = lower(event_id)),
  stream               TEXT NOT NULL CHECK (stream <> ''),
  stream_revision      INTEGER NOT NULL CHECK (stream_revision >= 0),
  event_type           TEXT NOT NULL CHECK (event_type <> ''),
  data                 TEXT NOT NULL,
  metadata             TEXT NOT NULL,
  domain_date          TEXT,
  recorded_at          TEXT NOT NULL,
  hash                 TEXT NOT NULL,
  previous_stream_hash TEXT NOT NULL,
  previous_global_hash TEXT NOT NULL,
  UNIQUE (stream, stream_revision)
) STRICT`;
