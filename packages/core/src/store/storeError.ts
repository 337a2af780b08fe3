import type { InvalidInput } from '../errors/invalidInput';
import type { ExpectedRevision } from './expectedRevision';

/**
 * Why a store refused or failed an operation. Every adapter maps its driver's errors into these
 * tags at its boundary, so callers handle one union whatever the store.
 */
export type StoreError =
  | {
      readonly _tag: 'WrongExpectedRevision';
      readonly stream: string;
      readonly expected: ExpectedRevision;
      /** The stream's current revision, or -1 when the stream does not exist. */
      readonly actual: number;
    }
  | { readonly _tag: 'InvalidEvent'; readonly index: number; readonly eventId: string; readonly reason: InvalidInput | string }
  /** A stream name no store can keep (a NUL, a lone surrogate, too long): refused by every operation that names it. */
  | { readonly _tag: 'InvalidStreamName'; readonly stream: string; readonly reason: string }
  | { readonly _tag: 'DuplicateEventId'; readonly eventId: string; readonly stream: string }
  | { readonly _tag: 'CorruptEvent'; readonly stream: string; readonly globalPosition: number; readonly reason: InvalidInput | string }
  | { readonly _tag: 'StreamDeleted'; readonly stream: string }
  | { readonly _tag: 'StoreUnavailable'; readonly message: string; readonly cause?: unknown };

/** The tags of every store error. */
export type StoreErrorTag = StoreError['_tag'];

const STORE_ERROR_TAGS: ReadonlySet<string> = new Set<StoreErrorTag>([
  'WrongExpectedRevision',
  'InvalidEvent',
  'InvalidStreamName',
  'DuplicateEventId',
  'CorruptEvent',
  'StreamDeleted',
  'StoreUnavailable',
]);

/** Whether a value is a StoreError (the type guard every adapter and caller shares). */
export const isStoreError = (u: unknown): u is StoreError =>
  typeof u === 'object' && u !== null && STORE_ERROR_TAGS.has((u as { _tag?: unknown })._tag as string);

// A stream name as an error message quotes it: JSON escapes what cannot be printed (a NUL, a lone
// surrogate), and a name too long to be kept is cut.
const shortened = (stream: string): string => (stream.length > 80 ? `${JSON.stringify(stream.slice(0, 80))}… (${stream.length} code units)` : JSON.stringify(stream));

/** A one-line English explanation of a store error. */
export const describeStoreError = (e: StoreError): string => {
  switch (e._tag) {
    case 'WrongExpectedRevision':
      return `stream ${e.stream}: expected revision ${String(e.expected)}, but the stream is at ${e.actual === -1 ? 'no stream' : e.actual}`;
    case 'InvalidEvent':
      return `event #${e.index} (${e.eventId}) is invalid: ${typeof e.reason === 'string' ? e.reason : e.reason.message}`;
    case 'InvalidStreamName':
      return `the stream name ${shortened(e.stream)} is refused: ${e.reason}`;
    case 'DuplicateEventId':
      return `event id ${e.eventId} is already used in stream ${e.stream} for a different event`;
    case 'CorruptEvent':
      return `stored event at global position ${e.globalPosition} in ${e.stream} no longer decodes: ${typeof e.reason === 'string' ? e.reason : e.reason.message}`;
    case 'StreamDeleted':
      return `stream ${e.stream} was deleted`;
    case 'StoreUnavailable':
      return `the store is unavailable: ${e.message}`;
  }
};
