import { prepareAppend } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { checkStream, unstorableTypeReason } from './storableText';

describe('checkStream', () => {
  it('throws a RangeError for a stream name PostgreSQL text would not keep as it is', () => {
    expect(checkStream('append', 'campaign-mường-tè')).toBe('campaign-mường-tè');
    expect(() => checkStream('append', 'a\u0000b')).toThrow(RangeError);
    expect(() => checkStream('append', 'a\udc00b')).toThrow(RangeError);
    expect(() => checkStream('append', '')).toThrow(RangeError);
  });
});

describe('unstorableTypeReason', () => {
  it('makes prepareAppend refuse a type PostgreSQL text cannot keep', () => {
    const AnyType = t.type({ type: t.string, data: t.unknown });
    const id = '00000000-0000-4000-8000-000000000001';
    expect(prepareAppend([{ id, event: { type: 'Nul\u0000Type', data: {} }, domainDate: null }], { codec: AnyType, checkType: unstorableTypeReason })).toMatchObject(
      E.left({ reason: 'the event type must not hold a NUL character or a lone surrogate' }),
    );
    expect(unstorableTypeReason('Lone\ud800Type')).toBe('the event type must not hold a NUL character or a lone surrogate');
    expect(unstorableTypeReason('ClassHeld')).toBeUndefined();
  });
});
