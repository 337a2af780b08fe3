import type { StoreError } from '@campaign-ledger/core';

/** What a driver error means to the store: a revision conflict, worth another try, or unavailable. */
export type PgFailure =
  /** A unique violation on (stream, stream_revision): another writer took the revision. */
  | { readonly _tag: 'RevisionTaken' }
  /** A unique violation on event_id: an id of the append is stored already (the append runs again, looking its ids up). */
  | { readonly _tag: 'IdTaken'; readonly reason: string }
  /** A transient conflict (serialization failure, deadlock, an id or position taken by a racing writer): run the transaction again. */
  | { readonly _tag: 'Retry'; readonly reason: string }
  | { readonly _tag: 'Unavailable'; readonly error: StoreError & { readonly _tag: 'StoreUnavailable' } };

interface DriverError {
  readonly code?: unknown;
  readonly constraint?: unknown;
  readonly message?: unknown;
}

const asDriverError = (u: unknown): DriverError => (typeof u === 'object' && u !== null ? (u as DriverError) : {});

// SQLSTATE classes and codes that mean the server or the connection is gone or refusing work.
const CONNECTION_CODES: ReadonlySet<string> = new Set(['57P01', '57P02', '57P03', '53300', '3D000', '28000', '28P01']);
// Socket errors from Node, which the driver passes on as they are.
const SOCKET_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

const explain = (code: string, message: string): string => {
  if (code === '42501') return `permission denied (this role may not do that; is it the read-only role?): ${message}`;
  if (code === '42P01' || code === '3F000') return `the ledger's tables are missing (run migratePostgres first): ${message}`;
  if (code === '55P03') return `timed out waiting for a lock (lock_timeout): ${message}`;
  if (code === '57014') return `the statement was cancelled (statement_timeout?): ${message}`;
  if (code === '25P03') return `the connection was closed for idling in a transaction: ${message}`;
  if (CONNECTION_CODES.has(code) || code.startsWith('08') || SOCKET_CODES.has(code)) return `cannot reach PostgreSQL: ${message}`;
  return message;
};

/**
 * Classifies an error thrown by the pg driver during an operation (`doing` names it, for the
 * message): the store maps RevisionTaken to WrongExpectedRevision, runs the transaction again on
 * Retry and IdTaken, and reports everything else, from a refused connection or an ended pool to a permission
 * the role lacks, as StoreUnavailable with the driver's error as its cause.
 */
export const classifyPgError = (error: unknown, doing: string): PgFailure => {
  const { code, constraint, message } = asDriverError(error);
  const sqlState = typeof code === 'string' ? code : '';
  if (sqlState === '23505' && constraint === 'events_stream_revision_key') return { _tag: 'RevisionTaken' };
  if (sqlState === '23505' && constraint === 'events_event_id_key') return { _tag: 'IdTaken', reason: 'a racing writer stored the same event id' };
  if (sqlState === '23505' && constraint === 'events_pkey') return { _tag: 'Retry', reason: 'a racing writer stored the same position' };
  if (sqlState === '40001' || sqlState === '40P01') return { _tag: 'Retry', reason: sqlState === '40001' ? 'serialization failure' : 'deadlock' };
  const text = typeof message === 'string' && message !== '' ? message : String(error);
  const detail = explain(sqlState, text);
  return {
    _tag: 'Unavailable',
    error: { _tag: 'StoreUnavailable', message: `PostgreSQL: ${doing} failed: ${detail}${sqlState === '' ? '' : ` (${sqlState})`}`, cause: error },
  };
};

/** The StoreError of a driver error met outside an append (a read, a migration, a checkpoint). */
export const pgStoreError = (error: unknown, doing: string): StoreError => {
  const failure = classifyPgError(error, doing);
  return failure._tag === 'Unavailable'
    ? failure.error
    : { _tag: 'StoreUnavailable', message: `PostgreSQL: ${doing} failed: ${failure._tag === 'RevisionTaken' ? 'a revision was taken' : failure.reason}`, cause: error };
};
