import { describe, expect, it } from 'vitest';
import { classifyPgError, pgStoreError } from './pgFailure';

// Errors shaped as the pg driver throws them: DatabaseError carries the SQLSTATE in `code` and the
// violated constraint's name; socket errors carry Node's code.
const dbError = (code: string, message: string, constraint?: string) => Object.assign(new Error(message), { code, constraint });

describe('classifyPgError', () => {
  it('a unique violation on (stream, stream_revision) is a taken revision', () => {
    expect(classifyPgError(dbError('23505', 'duplicate key', 'events_stream_revision_key'), 'append')).toEqual({ _tag: 'RevisionTaken' });
  });

  it('a racing duplicate id or position, a serialization failure and a deadlock are worth another try', () => {
    expect(classifyPgError(dbError('23505', 'duplicate key', 'events_event_id_key'), 'append')).toEqual({ _tag: 'IdTaken', reason: 'a racing writer stored the same event id' });
    expect(classifyPgError(dbError('23505', 'duplicate key', 'events_pkey'), 'append')).toEqual({ _tag: 'Retry', reason: 'a racing writer stored the same position' });
    expect(classifyPgError(dbError('40001', 'could not serialize access'), 'append')).toEqual({ _tag: 'Retry', reason: 'serialization failure' });
    expect(classifyPgError(dbError('40P01', 'deadlock detected'), 'append')).toEqual({ _tag: 'Retry', reason: 'deadlock' });
  });

  it('everything else is StoreUnavailable, explained, with the SQLSTATE and the driver error as its cause', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(classifyPgError(refused, 'readAll')).toEqual({
      _tag: 'Unavailable',
      error: { _tag: 'StoreUnavailable', message: 'PostgreSQL: readAll failed: cannot reach PostgreSQL: connect ECONNREFUSED 127.0.0.1:5432 (ECONNREFUSED)', cause: refused },
    });
    expect(pgStoreError(dbError('42501', 'permission denied for table events'), 'append to "s"')).toMatchObject({
      _tag: 'StoreUnavailable',
      message: 'PostgreSQL: append to "s" failed: permission denied (this role may not do that; is it the read-only role?): permission denied for table events (42501)',
    });
    expect(pgStoreError(dbError('57P01', 'terminating connection due to administrator command'), 'readAll')).toMatchObject({
      message: expect.stringContaining('cannot reach PostgreSQL') as unknown,
    });
    expect(pgStoreError(new Error('Cannot use a pool after calling end on the pool'), 'readAll')).toEqual({
      _tag: 'StoreUnavailable',
      message: 'PostgreSQL: readAll failed: Cannot use a pool after calling end on the pool',
      cause: expect.any(Error) as unknown,
    });
  });

  it('outside an append, a conflict is reported as StoreUnavailable too', () => {
    expect(pgStoreError(dbError('40001', 'could not serialize access'), 'save')).toMatchObject({ _tag: 'StoreUnavailable', message: 'PostgreSQL: save failed: serialization failure' });
  });
});
