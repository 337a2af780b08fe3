import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { envelopeFromStoredRecord, envelopesFromStoredRecords, type StoredRecord } from './storedRecord';

const Counted = t.type({ type: t.literal('Counted'), data: t.type({ n: t.number }) });

const record = (overrides: Partial<StoredRecord> = {}): StoredRecord => ({
  eventId: '00000000-0000-4000-8000-000000000001',
  stream: 's',
  streamRevision: 0,
  globalPosition: 4,
  recordedAt: '2024-06-01T12:00:00.000Z',
  domainDate: '2010-08-10',
  type: 'Counted',
  data: { text: '{"n":1}' },
  metadata: { text: '{"correlationId":"c"}' },
  hash: 'h',
  previousStreamHash: 'p',
  previousGlobalHash: 'g',
  ...overrides,
});

describe('envelopeFromStoredRecord', () => {
  it('parses and decodes a stored record, kept as text or as a value, into its envelope', () => {
    const envelope = {
      eventId: '00000000-0000-4000-8000-000000000001',
      stream: 's',
      streamRevision: 0,
      globalPosition: 4,
      recordedAt: '2024-06-01T12:00:00.000Z',
      domainDate: '2010-08-10',
      event: { type: 'Counted', data: { n: 1 } },
      metadata: { correlationId: 'c' },
      hash: 'h',
      previousStreamHash: 'p',
      previousGlobalHash: 'g',
    };
    expect(envelopeFromStoredRecord(record(), Counted)).toEqual(E.right(envelope));
    expect(envelopeFromStoredRecord(record({ data: { value: { n: 1 } }, metadata: { value: { correlationId: 'c' } } }), Counted)).toEqual(E.right(envelope));
    expect(envelopeFromStoredRecord(record({ type: 'Other', data: { text: '[1]' } }), undefined)).toMatchObject(E.right({ event: { type: 'Other', data: [1] } }));
  });

  it('answers a stored row that no longer parses with CorruptEvent at its position, whether kept as text or as a value', () => {
    const unparsable = { _tag: 'CorruptEvent', stream: 's', globalPosition: 4, reason: expect.stringMatching(/^the stored event at position 4: its data is not JSON \(/) as unknown };
    expect(envelopeFromStoredRecord(record({ data: { text: '{"n":' } }), Counted)).toMatchObject(E.left(unparsable));
    expect(envelopeFromStoredRecord(record({ data: { text: '{"n":' } }), undefined)).toMatchObject(E.left(unparsable));
    expect(envelopeFromStoredRecord(record({ data: { value: new Uint8Array([123, 34]) } }), undefined)).toEqual(
      E.left({ _tag: 'CorruptEvent', stream: 's', globalPosition: 4, reason: 'the stored event at position 4: its data is not JSON ((root): a Uint8Array is not a JSON value)' }),
    );
    expect(envelopeFromStoredRecord(record({ metadata: { text: '{"n":1}' } }), Counted)).toEqual(
      E.left({ _tag: 'CorruptEvent', stream: 's', globalPosition: 4, reason: 'the stored event at position 4: its metadata is not a JSON record of strings' }),
    );
    expect(envelopeFromStoredRecord(record({ type: 7 as unknown as string }), undefined)).toMatchObject(
      E.left({ _tag: 'CorruptEvent', reason: 'the stored event at position 4: its type is not a non-empty string' }),
    );
  });

  it('reports an event that no longer decodes as CorruptEvent with the InvalidInput, and reads any depth stored', () => {
    const undecodable = envelopeFromStoredRecord(record({ data: { text: '{"n":"one"}' } }), Counted);
    expect(E.isLeft(undecodable) && undecodable.left._tag === 'CorruptEvent' && typeof undecodable.left.reason !== 'string' && undecodable.left.reason._tag).toBe(
      'InvalidInput',
    );
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    expect(E.isRight(envelopeFromStoredRecord(record({ type: 'Deep', data: { text: deep } }), undefined))).toBe(true);
    expect(E.isRight(envelopeFromStoredRecord(record({ type: 'Deep', data: { value: JSON.parse(deep) } }), undefined))).toBe(true);
  });

  it('keeps __proto__, constructor and prototype keys of stored data and metadata as own keys', () => {
    const read = envelopeFromStoredRecord(
      record({ type: 'P', data: { text: '{"__proto__":{"constructor":{"prototype":1}}}' }, metadata: { text: '{"__proto__":"x","prototype":"y"}' } }),
      undefined,
    );
    if (E.isLeft(read)) return expect.unreachable();
    expect(JSON.stringify(read.right.event.data)).toBe('{"__proto__":{"constructor":{"prototype":1}}}');
    expect(Object.keys(read.right.metadata)).toEqual(['__proto__', 'prototype']);
  });
});

describe('envelopesFromStoredRecords', () => {
  const page = [record({ globalPosition: 1 }), record({ globalPosition: 2 }), record({ globalPosition: 3, data: { text: 'nope' } }), record({ globalPosition: 4 })];

  it('fails a read with the first corrupt record; a subscription page stops before it, and fails when it comes first', () => {
    expect(envelopesFromStoredRecords(page, Counted)).toMatchObject(E.left({ _tag: 'CorruptEvent', globalPosition: 3 }));
    const upTo = envelopesFromStoredRecords(page, Counted, true);
    expect(E.isRight(upTo) && upTo.right.map((e) => e.globalPosition)).toEqual([1, 2]);
    expect(envelopesFromStoredRecords(page.slice(2), Counted, true)).toMatchObject(E.left({ _tag: 'CorruptEvent', globalPosition: 3 }));
  });
});
