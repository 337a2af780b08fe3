import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import type { NewEvent } from './eventEnvelope';
import { prepareAppend } from './prepareAppend';
import { MAX_EVENT_TYPE_BYTES, MAX_JSON_DEPTH, MAX_PAYLOAD_BYTES } from './storeLimits';

const Noted = t.type({ type: t.literal('Noted'), data: t.type({ text: t.string, details: t.unknown }) });
type Noted = t.TypeOf<typeof Noted>;

const idOf = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const noted = (details: unknown, id = idOf(1)): NewEvent<Noted> => ({ id, event: { type: 'Noted', data: { text: 't', details } }, domainDate: null });

describe('prepareAppend', () => {
  it('keeps ids in lower case and data and metadata as deep-frozen JSON copies, undefined properties left out', () => {
    const prepared = prepareAppend(
      [{ ...noted({ kept: [1, 'a', null], dropped: undefined }, 'ABCDEF01-2345-4789-8ABC-DEF012345678'), metadata: { correlationId: 'c' } }],
      { codec: Noted },
    );
    expect(prepared).toEqual(
      E.right([
        {
          id: 'abcdef01-2345-4789-8abc-def012345678',
          event: { type: 'Noted', data: { text: 't', details: { kept: [1, 'a', null] } } },
          domainDate: null,
          metadata: { correlationId: 'c' },
          dataJson: '{"text":"t","details":{"kept":[1,"a",null]}}',
          metadataJson: '{"correlationId":"c"}',
        },
      ]),
    );
    const [first] = E.isRight(prepared) ? prepared.right : [];
    expect(first !== undefined && 'dropped' in (first.event.data.details as object)).toBe(false);
    expect(Object.isFrozen(first?.event) && Object.isFrozen(first?.event.data) && Object.isFrozen(first?.metadata)).toBe(true);
    expect(JSON.stringify(first?.event.data)).toBe('{"text":"t","details":{"kept":[1,"a",null]}}');
  });

  it('refuses an id that is not a UUID, and one that repeats in the batch whatever its case', () => {
    expect(prepareAppend([noted({}, 'not-a-uuid')])).toEqual(
      E.left({ _tag: 'InvalidEvent', index: 0, eventId: 'not-a-uuid', reason: 'the id must be a UUID string, got "not-a-uuid"' }),
    );
    expect(prepareAppend([{ ...noted({}), id: 7 as unknown as string }])).toMatchObject(E.left({ reason: 'the id must be a UUID string, got a number' }));
    expect(prepareAppend([noted({}, idOf(1)), noted({}, idOf(2)), noted({}, idOf(1).toUpperCase())])).toEqual(
      E.left({ _tag: 'InvalidEvent', index: 2, eventId: idOf(1).toUpperCase(), reason: 'the id repeats the id of event #0 of the same batch' }),
    );
  });

  it.each([
    ['a Date', { when: new Date(0) }, 'event.data.details.when: a Date is not a JSON value'],
    ['NaN', { n: Number.NaN }, 'event.data.details.n: the number NaN is not a JSON value'],
    ['undefined in an array', { list: [1, undefined] }, 'event.data.details.list[1]: undefined is not a JSON value'],
    ['a Map', { map: new Map() }, 'event.data.details.map: a Map is not a JSON value'],
  ])('refuses data holding %s, naming its path', (_what, details, reason) => {
    expect(prepareAppend([noted({}), noted(details, idOf(2))], { codec: Noted })).toEqual(E.left({ _tag: 'InvalidEvent', index: 1, eventId: idOf(2), reason }));
  });

  it('refuses a cycle, missing data, metadata that is not a record of strings, a bad domain date and an empty type', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(prepareAppend([noted(cyclic)], { codec: Noted })).toMatchObject(E.left({ _tag: 'InvalidEvent', index: 0, reason: 'event.data.details.self: the value refers to itself' }));
    expect(prepareAppend([{ id: idOf(1), event: { type: 'Bare', data: undefined }, domainDate: null }])).toMatchObject(
      E.left({ reason: 'event.data: a undefined is not a JSON value' }),
    );
    expect(prepareAppend([{ ...noted({}), metadata: { n: 1 } as unknown as Record<string, string> }])).toMatchObject(E.left({ reason: 'metadata must be a record of strings' }));
    expect(prepareAppend([{ ...noted({}), domainDate: '2010-02-30' }])).toMatchObject(
      E.left({ _tag: 'InvalidEvent', index: 0, reason: 'domainDate must be null or a real date written YYYY-MM-DD, got "2010-02-30"' }),
    );
    expect(prepareAppend([{ id: idOf(1), event: { type: '', data: {} }, domainDate: null }])).toMatchObject(E.left({ reason: 'the event must have a non-empty string type' }));
  });

  it("reports the codec's refusal as an InvalidInput naming the event", () => {
    const refused = prepareAppend([{ id: idOf(1), event: { type: 'Noted', data: { text: 3 } } as unknown as Noted, domainDate: null }], { codec: Noted });
    expect(E.isLeft(refused) && refused.left._tag === 'InvalidEvent' && typeof refused.left.reason !== 'string' && refused.left.reason._tag).toBe('InvalidInput');
  });

  it("asks the store's checkType about every non-empty type, before the domain date, and refuses the event with its reason", () => {
    const seen: string[] = [];
    const checkType = (type: string): string | undefined => {
      seen.push(type);
      return type.startsWith('$') ? 'reserved' : undefined;
    };
    expect(prepareAppend([{ id: idOf(1), event: { type: 'Ok', data: 1 }, domainDate: null }], { checkType })).toMatchObject(E.right([{ event: { type: 'Ok', data: 1 } }]));
    expect(prepareAppend([{ id: idOf(2), event: { type: '$Sys', data: 1 }, domainDate: 'not a date' }], { checkType })).toEqual(
      E.left({ _tag: 'InvalidEvent', index: 0, eventId: idOf(2), reason: 'reserved' }),
    );
    expect(seen).toEqual(['Ok', '$Sys']);
  });

  it('refuses an event type no store can keep, before the codec, so the error names the type', () => {
    const typed = (type: string): NewEvent<Noted> => ({ id: idOf(1), event: { type, data: { text: 't', details: {} } } as unknown as Noted, domainDate: null });
    expect(prepareAppend([typed('Not\udc00ed')], { codec: Noted })).toEqual(
      E.left({ _tag: 'InvalidEvent', index: 0, eventId: idOf(1), reason: 'the event type holds a lone surrogate (U+DC00 at code unit 3), which UTF-8 cannot carry' }),
    );
    expect(prepareAppend([typed('No\u0000ted')], { codec: Noted })).toMatchObject(
      E.left({ reason: 'the event type holds a NUL character (at code unit 2)' }),
    );
    expect(prepareAppend([typed('T'.repeat(MAX_EVENT_TYPE_BYTES))])).toMatchObject(E.right([{ event: { type: 'T'.repeat(MAX_EVENT_TYPE_BYTES) } }]));
    // Counted in UTF-8 bytes: 'ư' takes two.
    expect(prepareAppend([typed('ư'.repeat(MAX_EVENT_TYPE_BYTES / 2 + 1))])).toMatchObject(
      E.left({ reason: `the event type is ${MAX_EVENT_TYPE_BYTES + 2} bytes long in UTF-8, more than the ${MAX_EVENT_TYPE_BYTES} allowed` }),
    );
  });

  it(`accepts data nesting ${MAX_JSON_DEPTH} levels and refuses one more, naming the path, even thousands of levels deep`, () => {
    // The data object is level 1, so details nested k levels deep makes data k + 1 deep.
    const nest = (levels: number): unknown => {
      let value: unknown = 'leaf';
      for (let i = 0; i < levels; i++) value = { a: value };
      return value;
    };
    expect(E.isRight(prepareAppend([noted(nest(MAX_JSON_DEPTH - 1))], { codec: Noted }))).toBe(true);
    const tooDeep = `event.data.details${'.a'.repeat(MAX_JSON_DEPTH - 1)}: the value nests deeper than ${MAX_JSON_DEPTH} levels of arrays and objects`;
    expect(prepareAppend([noted(nest(MAX_JSON_DEPTH))], { codec: Noted })).toEqual(E.left({ _tag: 'InvalidEvent', index: 0, eventId: idOf(1), reason: tooDeep }));
    expect(prepareAppend([noted(nest(3000))], { codec: Noted })).toEqual(E.left({ _tag: 'InvalidEvent', index: 0, eventId: idOf(1), reason: tooDeep }));
    let arrays: unknown = [];
    for (let i = 0; i < 3000; i++) arrays = [arrays];
    expect(prepareAppend([noted(arrays)], { codec: Noted })).toMatchObject(E.left({ reason: `event.data.details${'[0]'.repeat(MAX_JSON_DEPTH - 1)}: the value nests deeper than ${MAX_JSON_DEPTH} levels of arrays and objects` }));
  });

  it(`accepts a payload of ${MAX_PAYLOAD_BYTES} bytes of UTF-8 JSON, data and metadata together, and refuses one byte more`, () => {
    const metadata = { note: 'ghi chú' };
    const overhead = Buffer.byteLength(JSON.stringify({ text: '', details: {} })) + Buffer.byteLength(JSON.stringify(metadata));
    // 'ờ' takes three bytes: the limit counts bytes, not code units.
    const sized = (bytes: number): NewEvent<Noted> => {
      const text = 'ờ'.repeat(Math.floor((bytes - overhead) / 3)) + 'x'.repeat((bytes - overhead) % 3);
      return { ...noted({}), event: { type: 'Noted', data: { text, details: {} } }, metadata };
    };
    const atLimit = prepareAppend([sized(MAX_PAYLOAD_BYTES)], { codec: Noted });
    expect(E.isRight(atLimit) && Buffer.byteLength(atLimit.right[0]?.dataJson ?? '') + Buffer.byteLength(atLimit.right[0]?.metadataJson ?? '')).toBe(MAX_PAYLOAD_BYTES);
    expect(prepareAppend([sized(MAX_PAYLOAD_BYTES + 1)], { codec: Noted })).toEqual(
      E.left({
        _tag: 'InvalidEvent',
        index: 0,
        eventId: idOf(1),
        reason: `the payload takes ${MAX_PAYLOAD_BYTES + 1} bytes (the UTF-8 JSON of its data and metadata), more than the ${MAX_PAYLOAD_BYTES} allowed`,
      }),
    );
  });

  it('keeps __proto__, constructor and prototype keys, at any depth, as own keys of plain objects', () => {
    const details = JSON.parse('{"__proto__":{"constructor":{"prototype":[{"__proto__":null}]}},"constructor":"c","prototype":1}') as unknown;
    const metadata = JSON.parse('{"__proto__":"p","constructor":"c","prototype":"x"}') as Record<string, string>;
    const prepared = prepareAppend([{ ...noted(details), metadata }], { codec: Noted });
    if (E.isLeft(prepared)) return expect.unreachable(JSON.stringify(prepared.left));
    const [first] = prepared.right;
    const kept = first?.event.data.details as Record<string, unknown>;
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
    expect(Object.keys(kept)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(Object.getPrototypeOf(kept['__proto__'])).toBe(Object.prototype);
    expect(first?.dataJson).toBe('{"text":"t","details":{"__proto__":{"constructor":{"prototype":[{"__proto__":null}]}},"constructor":"c","prototype":1}}');
    expect(first?.metadataJson).toBe('{"__proto__":"p","constructor":"c","prototype":"x"}');
    expect(Object.keys(first?.metadata ?? {})).toEqual(['__proto__', 'constructor', 'prototype']);
  });
});
