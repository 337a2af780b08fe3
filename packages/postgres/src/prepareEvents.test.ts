import { ContractEvent, contractEventId } from '@campaign-ledger/testing';
import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { checkStream } from './checkArguments';
import { prepareEvents } from './prepareEvents';

const countedFirst = () => ({ id: contractEventId(1), event: { type: 'Counted' as const, data: { n: 1 } }, domainDate: null });
const noted = (details: Record<string, unknown>, id = contractEventId(1)) => ({ id, event: { type: 'Noted' as const, data: { text: 't', details } }, domainDate: null });

describe('prepareEvents', () => {
  it('encodes data and metadata as the JSON text they are stored as, ids in lower case, undefined properties left out', () => {
    const prepared = prepareEvents(
      [{ ...noted({ kept: [1, 'a', null], dropped: undefined }, 'ABCDEF01-2345-4789-8ABC-DEF012345678'), metadata: { correlationId: 'c' } }],
      ContractEvent,
    );
    expect(prepared).toEqual(
      E.right([
        {
          id: 'abcdef01-2345-4789-8abc-def012345678',
          event: { type: 'Noted', data: { text: 't', details: { kept: [1, 'a', null], dropped: undefined } } },
          domainDate: null,
          metadata: { correlationId: 'c' },
          dataText: '{"text":"t","details":{"kept":[1,"a",null]}}',
          metadataText: '{"correlationId":"c"}',
        },
      ]),
    );
  });

  it.each([
    ['a Date', { when: new Date(0) }, 'event.data.details.when: a Date is not a JSON value'],
    ['NaN', { n: Number.NaN }, 'event.data.details.n: the number NaN is not a JSON value'],
    ['undefined in an array', { list: [1, undefined] }, 'event.data.details.list[1]: undefined is not a JSON value'],
    ['a Map', { map: new Map() }, 'event.data.details.map: a Map is not a JSON value'],
  ])('refuses data holding %s, naming its path', (_what, details, reason) => {
    expect(prepareEvents([countedFirst(), noted(details, contractEventId(2))], ContractEvent)).toEqual(
      E.left({ _tag: 'InvalidEvent', index: 1, eventId: contractEventId(2), reason }),
    );
  });

  it('refuses a cycle, metadata that is not a record of strings, a bad domain date and a type PostgreSQL text cannot keep', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(prepareEvents([noted(cyclic)], ContractEvent)).toMatchObject(E.left({ _tag: 'InvalidEvent', index: 0, reason: 'event.data.details.self: the value refers to itself' }));
    expect(prepareEvents([{ ...noted({}), metadata: { n: 1 } as unknown as Record<string, string> }], ContractEvent)).toMatchObject(
      E.left({ reason: 'metadata must be a record of strings' }),
    );
    expect(prepareEvents([{ ...noted({}), domainDate: '2010-02-30' }], ContractEvent)).toMatchObject(E.left({ _tag: 'InvalidEvent', index: 0 }));
    const AnyType = t.type({ type: t.string, data: t.unknown });
    expect(prepareEvents([{ id: contractEventId(1), event: { type: 'Nul\u0000Type', data: {} }, domainDate: null }], AnyType)).toMatchObject(
      E.left({ reason: 'the event type must not hold a NUL character or a lone surrogate' }),
    );
  });
});

describe('checkStream', () => {
  it('throws a RangeError for a stream name PostgreSQL text would not keep as it is', () => {
    expect(checkStream('append', 'campaign-mường-tè')).toBe('campaign-mường-tè');
    expect(() => checkStream('append', 'a\u0000b')).toThrow(RangeError);
    expect(() => checkStream('append', 'a\udc00b')).toThrow(RangeError);
    expect(() => checkStream('append', '')).toThrow(RangeError);
  });
});
