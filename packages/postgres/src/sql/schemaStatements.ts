// The statements of the schema migrations, one statement per constant. Everything lives in the
// schema `campaign_ledger`, so the role grants of postgresRoles.ts can name it as a whole.

/** The schema that holds the ledger's tables. */
export const createLedgerSchema = `CREATE SCHEMA IF NOT EXISTS campaign_ledger`;

/** The record of applied migrations: which version, under what name, with which SQL (checksum). */
export const createMigrationsTable = `
CREATE TABLE IF NOT EXISTS campaign_ledger.migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

/**
 * The log. Data and metadata are kept as the JSON text that was hashed (not jsonb, which rejects
 * "\u0000" and lone surrogates that JSON.stringify writes), recorded_at as the exact ISO string
 * that was hashed (a timestamptz would give back another text, and verifyLog would call every
 * event altered). Positions and revisions are computed under locks, never drawn from a sequence,
 * so a rolled-back append leaves no gap.
 */
export const createEventsTable = `
CREATE TABLE campaign_ledger.events (
  global_position bigint NOT NULL CHECK (global_position >= 1),
  event_id uuid NOT NULL,
  stream text NOT NULL CHECK (stream <> ''),
  stream_revision bigint NOT NULL CHECK (stream_revision >= 0),
  event_type text NOT NULL CHECK (event_type <> ''),
  data text NOT NULL,
  metadata text NOT NULL,
  domain_date date,
  recorded_at text NOT NULL CHECK (recorded_at ~ '^[-+]?[0-9]{4,6}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[.][0-9]{3}Z$'),
  hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  previous_stream_hash text NOT NULL CHECK (previous_stream_hash ~ '^[0-9a-f]{64}$'),
  previous_global_hash text NOT NULL CHECK (previous_global_hash ~ '^[0-9a-f]{64}$'),
  CONSTRAINT events_pkey PRIMARY KEY (global_position),
  CONSTRAINT events_event_id_key UNIQUE (event_id),
  CONSTRAINT events_stream_revision_key UNIQUE (stream, stream_revision)
)`;

/**
 * One row per stream: the append lock of the stream (an append locks its row, so appends to one
 * stream take turns while appends to others go on) and the stream's head, its last revision and
 * that event's hash, which the next append links to. Locking a row needs UPDATE on the table,
 * which the reader role lacks, so readers cannot hold up writers.
 */
export const createStreamsTable = `
CREATE TABLE campaign_ledger.streams (
  stream text NOT NULL CHECK (stream <> ''),
  revision bigint NOT NULL CHECK (revision >= -1),
  hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  CONSTRAINT streams_pkey PRIMARY KEY (stream)
)`;

/**
 * The single row every append locks as its last step: from there to commit appends take turns,
 * so positions are assigned, and become visible, in order. It holds the log's head, the last
 * position and its hash, which the next append links to; so events removed from the end of the
 * log are found too, as soon as anything is appended after them.
 */
export const createLogHeadTable = `
CREATE TABLE campaign_ledger.log_head (
  singleton boolean NOT NULL DEFAULT true CHECK (singleton),
  position bigint NOT NULL CHECK (position >= 0),
  hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  CONSTRAINT log_head_pkey PRIMARY KEY (singleton)
)`;

/** The head of the empty log: position 0, the genesis hash. */
export const insertEmptyLogHead = `INSERT INTO campaign_ledger.log_head (position, hash) VALUES (0, repeat('0', 64))`;

/**
 * The log head also keeps the recordedAt of the log's last event, so that an append, holding the
 * row, never stamps an earlier one (the clock rule of every store). NULL while the log is empty.
 */
export const addLogHeadRecordedAt = `ALTER TABLE campaign_ledger.log_head ADD COLUMN recorded_at text`;

/** Fills the new column from the event at the head of a log that already has events. */
export const fillLogHeadRecordedAt = `
UPDATE campaign_ledger.log_head h
SET recorded_at = (SELECT e.recorded_at FROM campaign_ledger.events e WHERE e.global_position = h.position)`;

/** Raises on any UPDATE, DELETE or TRUNCATE of the log: the trigger function of the next statement. */
export const createRefuseEventChangeFunction = `
CREATE FUNCTION campaign_ledger.refuse_event_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'campaign_ledger.events is append-only: % is refused', TG_OP
    USING ERRCODE = 'raise_exception',
          HINT = 'events are never changed or removed; record a correcting event instead';
END
$$`;

/**
 * Makes the log append-only for every role that cannot disable triggers (only the table's owner
 * and superusers can): a statement-level trigger, so it fires even when no row matches.
 */
export const createAppendOnlyTrigger = `
CREATE TRIGGER events_append_only
BEFORE UPDATE OR DELETE OR TRUNCATE ON campaign_ledger.events
FOR EACH STATEMENT EXECUTE FUNCTION campaign_ledger.refuse_event_change()`;

/** Sends the last appended position on the channel campaign_ledger_events; delivered at commit. */
export const createNotifyAppendedFunction = `
CREATE FUNCTION campaign_ledger.notify_events_appended() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('campaign_ledger_events', (SELECT max(global_position) FROM appended)::text);
  RETURN NULL;
END
$$`;

/** Wakes the subscribers of every process after each append, whoever wrote it. */
export const createNotifyAppendedTrigger = `
CREATE TRIGGER events_notify_appended
AFTER INSERT ON campaign_ledger.events
REFERENCING NEW TABLE AS appended
FOR EACH STATEMENT EXECUTE FUNCTION campaign_ledger.notify_events_appended()`;

/** The channel the log announces appends on: its payload is the last position appended. */
export const EVENTS_CHANNEL = 'campaign_ledger_events';

/**
 * Projection checkpoints: one row per name, position and state replaced together by one
 * statement. The name compares byte for byte (COLLATE "C"), the state is kept as the text given.
 */
export const createCheckpointsTable = `
CREATE TABLE campaign_ledger.checkpoints (
  name text COLLATE "C" NOT NULL CHECK (name <> ''),
  position bigint NOT NULL CHECK (position >= 0),
  state_json text NOT NULL,
  saved_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT checkpoints_pkey PRIMARY KEY (name)
)`;

/**
 * Migration 4: the three hashes of every event as 32 bytes (bytea) instead of 64 hex characters.
 * The text CHECKs go first (they would not apply to bytea), the columns are converted in place,
 * and a CHECK on their length takes over. A value that is not hex makes decode fail and the whole
 * migration roll back. The streams and log head rows keep their one hash each as text: one row
 * per stream, read by every append, not worth a conversion on each.
 */
export const storeEventHashesAsBytes = `
ALTER TABLE campaign_ledger.events
  DROP CONSTRAINT IF EXISTS events_hash_check,
  DROP CONSTRAINT IF EXISTS events_previous_stream_hash_check,
  DROP CONSTRAINT IF EXISTS events_previous_global_hash_check,
  ALTER COLUMN hash TYPE bytea USING decode(hash, 'hex'),
  ALTER COLUMN previous_stream_hash TYPE bytea USING decode(previous_stream_hash, 'hex'),
  ALTER COLUMN previous_global_hash TYPE bytea USING decode(previous_global_hash, 'hex'),
  ADD CONSTRAINT events_hash_check CHECK (octet_length(hash) = 32),
  ADD CONSTRAINT events_previous_stream_hash_check CHECK (octet_length(previous_stream_hash) = 32),
  ADD CONSTRAINT events_previous_global_hash_check CHECK (octet_length(previous_global_hash) = 32)`;

/**
 * Migration 5, part 1: a new stream's row is its name alone (revision -1 and the genesis hash by
 * default), and both head tables get a column of their own for row locks. A writer is granted
 * that column only: enough to lock a row (FOR UPDATE, ON CONFLICT DO UPDATE need UPDATE on some
 * column), not to change a head, nor to lock a whole table (LOCK TABLE needs table privileges).
 */
export const addStreamDefaultsAndLockColumn = `
ALTER TABLE campaign_ledger.streams
  ALTER COLUMN revision SET DEFAULT -1,
  ALTER COLUMN hash SET DEFAULT repeat('0', 64),
  ADD COLUMN lock_handle boolean NOT NULL DEFAULT false`;

/** Migration 5, part 2: the log head's column for row locks (see addStreamDefaultsAndLockColumn). */
export const addLogHeadLockColumn = `ALTER TABLE campaign_ledger.log_head ADD COLUMN lock_handle boolean NOT NULL DEFAULT false`;

/**
 * Migration 5, part 3: the head rows follow the events they name. After every insert into the
 * log, each stream appended to gets its last revision and hash, and the log head its last position,
 * hash and recordedAt. SECURITY DEFINER, so it runs with the owner's rights: a writer role inserts
 * events and never needs the right to change a head row. The search path is fixed so that no
 * object of the caller's can stand in for the ledger's.
 */
export const createMoveHeadsFunction = `
CREATE FUNCTION campaign_ledger.move_heads() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  UPDATE campaign_ledger.streams AS s SET revision = l.stream_revision, hash = encode(l.hash, 'hex')
  FROM (SELECT DISTINCT ON (stream) stream, stream_revision, hash FROM appended ORDER BY stream, stream_revision DESC) AS l
  WHERE s.stream = l.stream;
  UPDATE campaign_ledger.log_head AS h SET position = l.global_position, hash = encode(l.hash, 'hex'), recorded_at = l.recorded_at
  FROM (SELECT global_position, hash, recorded_at FROM appended ORDER BY global_position DESC LIMIT 1) AS l;
  RETURN NULL;
END
$$`;

/** Migration 5, part 4: only the trigger calls it. */
export const revokeMoveHeadsFromPublic = `REVOKE ALL ON FUNCTION campaign_ledger.move_heads() FROM PUBLIC`;

/** Migration 5, part 5: moves the heads once per statement that inserts events, whoever runs it. */
export const createMoveHeadsTrigger = `
CREATE TRIGGER events_move_heads
AFTER INSERT ON campaign_ledger.events
REFERENCING NEW TABLE AS appended
FOR EACH STATEMENT EXECUTE FUNCTION campaign_ledger.move_heads()`;
