import * as E from 'fp-ts/lib/Either.js';
import { unstorableTextReason } from './storableText';
import type { StoreError } from './storeError';
import { MAX_STREAM_NAME_BYTES } from './storeLimits';

/**
 * A stream name every store can keep, or InvalidStreamName saying why not: a NUL character, a
 * lone surrogate, more than MAX_STREAM_NAME_BYTES bytes in UTF-8 (see unstorableTextReason). Every
 * operation that takes a stream name answers with it (an append, even an empty one, and a read),
 * after checkStreamName has thrown on what is no name at all; nothing is read or written then.
 */
export const storableStreamName = (stream: string): E.Either<StoreError, string> => {
  const reason = unstorableTextReason(stream, MAX_STREAM_NAME_BYTES);
  return reason === undefined ? E.right(stream) : E.left({ _tag: 'InvalidStreamName', stream, reason: `it ${reason}` });
};
