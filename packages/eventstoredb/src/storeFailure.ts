import type { StoreError } from '@campaign-ledger/core';
import type { ClientFailure } from './clientPort';

/** A StoreUnavailable saying what the store was doing. */
export const unavailable = (doing: string, message: string, cause?: unknown): StoreError =>
  cause === undefined ? { _tag: 'StoreUnavailable', message: `${doing}: ${message}` } : { _tag: 'StoreUnavailable', message: `${doing}: ${message}`, cause };

/**
 * The StoreError of a client failure where nothing more specific applies: StreamDeleted for the
 * stream of the port being read or written, StoreUnavailable for the rest (a refused expectation
 * that reaches here means the ledger's streams were changed behind its back).
 */
export const storeErrorOf = (failure: ClientFailure, doing: string, stream?: string): StoreError => {
  switch (failure._tag) {
    case 'StreamDeleted':
      return stream === undefined ? unavailable(doing, 'the stream was deleted') : { _tag: 'StreamDeleted', stream };
    case 'WrongExpectedVersion':
      return unavailable(doing, `EventStoreDB refused the expected revision (actual: ${String(failure.actual)})`);
    case 'Unavailable':
      return unavailable(doing, failure.message, failure.cause);
  }
};
