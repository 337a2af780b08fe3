import { checkStreamName } from '@campaign-ledger/core';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether text can be stored in a PostgreSQL text column as it is: a NUL character cannot, and a
 * lone surrogate would reach the server as U+FFFD and so come back as other text.
 */
export const isStorableText = (s: string): boolean => !s.includes('\u0000') && !LONE_SURROGATE.test(s);

/** A stream name as every store checks it (checkStreamName), which PostgreSQL text must also keep as it is; a RangeError otherwise. */
export const checkStream = (where: string, stream: unknown): string => {
  const name = checkStreamName(where, stream);
  if (!isStorableText(name)) throw new RangeError(`${where}: the stream name must not hold a NUL character or a lone surrogate`);
  return name;
};

/** Why PostgreSQL text cannot keep an event type (prepareAppend's checkType), or undefined when it can. */
export const unstorableTypeReason = (type: string): string | undefined =>
  isStorableText(type) ? undefined : 'the event type must not hold a NUL character or a lone surrogate';
