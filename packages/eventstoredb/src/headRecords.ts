import * as t from 'io-ts';
import { LedgerMetadata } from './ledgerMetadata';

const NonNegativeInteger = t.refinement(t.number, (n) => Number.isSafeInteger(n) && n >= 0, 'NonNegativeInteger');

/** An event of a claimed batch, exactly as it is to be written to its stream. */
export const ClaimedEvent = t.type({ id: t.string, type: t.string, data: t.unknown, metadata: LedgerMetadata }, 'ClaimedEvent');
/** An event of a claimed batch. */
export type ClaimedEvent = t.TypeOf<typeof ClaimedEvent>;

/** The event type of a claim on the head stream. */
export const BATCH_CLAIMED = 'LedgerBatchClaimed';
/** The event type of a void on the head stream. */
export const BATCH_VOIDED = 'LedgerBatchVoided';

/**
 * A claim: the data of a head-stream event that takes the next global positions for one batch of
 * one stream, written before the batch itself and carrying all of it, sealed, so that any writer
 * can finish writing it.
 */
export const BatchClaimed = t.type(
  { stream: t.string, firstRevision: NonNegativeInteger, events: t.array(ClaimedEvent) },
  'BatchClaimed',
);
/** A claim of the next global positions for one batch. */
export type BatchClaimed = t.TypeOf<typeof BatchClaimed>;

/** A void: the data of a head-stream event that gives back the positions of the last claim, whose batch could not be written. */
export const BatchVoided = t.type({ claimId: t.string, reason: t.string }, 'BatchVoided');
/** A void of the last claim. */
export type BatchVoided = t.TypeOf<typeof BatchVoided>;
