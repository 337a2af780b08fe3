import * as E from 'fp-ts/lib/Either.js';
import { unstorableTextReason } from './storableText';
import type { StoreError } from './storeError';
import { MAX_STREAM_NAME_BYTES } from './storeLimits';

/**
 * The name a store keeps a stream under, in Unicode NFC, or InvalidStreamName saying why there is
 * none: a NUL character, a lone surrogate, more than MAX_STREAM_NAME_BYTES bytes in UTF-8 once
 * normalised (see unstorableTextReason). A name is an identity: "campaign-xã" typed with a
 * combining tone mark (NFD) and with a precomposed letter (NFC) name one stream, and every store
 * keeps, reads and reports it as the NFC one. Every operation that takes a stream name answers
 * with it (an append, even an empty one, and a read) and uses the name it gives, after
 * checkStreamName has thrown on what is no name at all; nothing is read or written on a Left.
 */
export const storableStreamName = (stream: string): E.Either<StoreError, string> => {
  // NFC keeps NUL characters and lone surrogates as they are, so the kept name is the one checked.
  const name = stream.normalize('NFC');
  const reason = unstorableTextReason(name, MAX_STREAM_NAME_BYTES);
  return reason === undefined ? E.right(name) : E.left({ _tag: 'InvalidStreamName', stream, reason: `it ${reason}` });
};
