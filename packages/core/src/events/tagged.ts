import * as t from 'io-ts';
import type { Codec } from '../model/declaredCodec';
import { fields } from '../model/fields';

/**
 * The codec of a `{ type, data }` record whose type is declared as R: an event, or the command
 * that records it. The codec bears the record's type name, so a decode error reads
 * `HoldClass/data: ClassHeldData/...`; a field beside `type` and `data` is refused.
 *
 * @example export const HoldClass = tagged<HoldClass>()('HoldClass', ClassHeldData);
 */
export const tagged =
  <R extends { type: string; data: unknown }>() =>
  (type: R['type'], data: Codec<R['data']>): Codec<R> =>
    // The record has exactly the two fields R declares, so its inferred type is R.
    fields({ type: t.literal(type), data }, {}, type) as unknown as Codec<R>;
