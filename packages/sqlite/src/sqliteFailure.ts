import type { StoreError } from '@campaign-ledger/core';

/** The result code of a better-sqlite3 error (`SQLITE_BUSY`, `SQLITE_CONSTRAINT_UNIQUE`, ...), if the value is one. */
export const sqliteCodeOf = (cause: unknown): string | undefined => {
  // Duck-typed rather than `instanceof SqliteError`, so that two copies of the driver in one
  // process (a bundled app, a linked workspace) are still recognised.
  const code: unknown = (cause as { readonly code?: unknown } | null)?.code;
  return cause instanceof Error && typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
};

// better-sqlite3 throws this TypeError, not a SqliteError, on a handle that was closed.
const isClosedHandle = (cause: unknown): boolean => cause instanceof TypeError && /database connection is not open/.test(cause.message);

/**
 * Whether an exception came from the database rather than from the program: a SQLite result code,
 * or a call on a closed handle. Only these become StoreErrors; anything else is a bug and is
 * thrown on.
 */
export const isDriverFailure = (cause: unknown): boolean => sqliteCodeOf(cause) !== undefined || isClosedHandle(cause);

/** Which unique constraint of the events table a failed insert ran into, if any. */
export type EventsConflict = 'stream-revision' | 'event-id' | 'global-position';

/**
 * The unique constraint of the events table an insert broke: another writer that ignored the
 * append lock took the same revision of the stream, the same event id, or the same position.
 */
export const eventsConflictOf = (cause: unknown): EventsConflict | undefined => {
  const code = sqliteCodeOf(cause);
  if (code !== 'SQLITE_CONSTRAINT_UNIQUE' && code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') return undefined;
  const message = (cause as Error).message;
  if (message.includes('events.stream, events.stream_revision')) return 'stream-revision';
  if (message.includes('events.event_id')) return 'event-id';
  if (message.includes('events.global_position')) return 'global-position';
  return undefined;
};

const explanations: ReadonlyArray<readonly [RegExp, string]> = [
  [/^SQLITE_BUSY/, 'another connection held the database file locked for longer than busy_timeout'],
  [/^SQLITE_LOCKED/, 'a table is locked by another statement on the same connection'],
  [/^SQLITE_READONLY/, 'the database file cannot be written'],
  [/^SQLITE_CANTOPEN/, 'the database file cannot be opened'],
  [/^SQLITE_FULL/, 'the disk is full'],
  [/^SQLITE_IOERR/, 'the disk failed a read or a write'],
  [/^SQLITE_(CORRUPT|NOTADB)/, 'the file is not a sound SQLite database'],
];

/**
 * The StoreUnavailable for a driver failure, saying what the store was doing and, for the usual
 * codes, what the code means; the driver's error is kept as the cause.
 */
export const storeUnavailable = (doing: string, cause: unknown): Extract<StoreError, { readonly _tag: 'StoreUnavailable' }> => {
  const code = sqliteCodeOf(cause);
  const explanation = code === undefined ? undefined : explanations.find(([pattern]) => pattern.test(code))?.[1];
  const detail = isClosedHandle(cause)
    ? 'the database connection is closed'
    : `${explanation === undefined ? '' : `${explanation}: `}${cause instanceof Error ? cause.message : String(cause)}${code === undefined ? '' : ` (${code})`}`;
  return { _tag: 'StoreUnavailable', message: `${doing}: ${detail}`, cause };
};
