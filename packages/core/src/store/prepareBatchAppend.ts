import * as E from 'fp-ts/lib/Either.js';
import type { NewEvent, StoredEventShape } from './eventEnvelope';
import type { BatchAppendPart } from './eventStore';
import { prepareAppend, type PrepareAppendOptions } from './prepareAppend';
import type { PreparedBatchPart } from './sealBatchAppend';
import { storableStreamName } from './storableStreamName';
import { checkExpectedRevision, checkStreamName } from './storeArguments';
import type { ExpectedRevision } from './expectedRevision';
import type { StoreError } from './storeError';

/** A batch part whose arguments were checked: its expected revision read ('any' when absent). */
export interface CheckedBatchPart<E extends StoredEventShape> {
  readonly stream: string;
  readonly events: ReadonlyArray<NewEvent<E>>;
  readonly expected: ExpectedRevision;
}

/**
 * Checks the arguments of `appendBatch` when it is called: an array of parts, each with a stream
 * name, an array of events and a valid expected revision (RangeError otherwise, as `append`
 * throws). What the parts hold is judged when the batch runs (prepareBatchAppend).
 */
export const checkBatchParts = <E extends StoredEventShape>(parts: unknown): ReadonlyArray<CheckedBatchPart<E>> => {
  if (!Array.isArray(parts)) throw new RangeError('appendBatch: the parts must be an array');
  return parts.map((part: unknown, i) => {
    if (typeof part !== 'object' || part === null) throw new RangeError(`appendBatch: part #${i} must be an object { stream, events, expectedRevision? }`);
    const { stream, events, expectedRevision } = part as BatchAppendPart<E>;
    checkStreamName(`appendBatch: part #${i}`, stream);
    if (!Array.isArray(events)) throw new RangeError(`appendBatch: part #${i}: events must be an array`);
    return { stream, events, expected: checkExpectedRevision(expectedRevision) };
  });
};

/**
 * Prepares every part of a batch as `append` prepares its events (storableStreamName, then
 * prepareAppend), before anything is read or written: the first part that fails fails the batch.
 * An InvalidEvent's index is the event's index within its part.
 */
export const prepareBatchAppend = <E extends StoredEventShape>(
  parts: ReadonlyArray<CheckedBatchPart<E>>,
  options: PrepareAppendOptions<E>,
): E.Either<StoreError, ReadonlyArray<PreparedBatchPart<E>>> => {
  const prepared: PreparedBatchPart<E>[] = [];
  for (const part of parts) {
    const name = storableStreamName(part.stream);
    if (E.isLeft(name)) return name;
    const events = part.events.length === 0 ? E.right([]) : prepareAppend(part.events, options);
    if (E.isLeft(events)) return events;
    prepared.push({ stream: name.right, events: events.right, expected: part.expected });
  }
  return E.right(prepared);
};
