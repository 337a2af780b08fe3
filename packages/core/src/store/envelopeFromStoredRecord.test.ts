import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { envelopeFromStoredRecord, type StoredRecord } from './envelopeFromStoredRecord';

const Counted = t.type({ type: t.literal('Counted'), data: t.type({ n: t.number }) });

const record = (overrides: Partial<StoredRecord> = {}): StoredRecord => ({
  eventId: '00000000-0000-4000-8000-000000000001',
  stream: 's',
  streamRevision: 0,
  globalPosition: 4,
  recordedAt: '2024-06-01T12:00:00.000Z',
  domainDate: '2010-08-10',
  type: 'Counted',
  dataText: '{"n":1}',
  metadataText: '{"correlationId":"c"}',
  hash: 'h',
  previousStreamHash: 'p',
  previousGlobalHash: 'g',
  ...overrides,
});

describe('envelopeFromStoredRecord', () => {
  it('parses and decodes a stored record into its envelope', () => {
    expect(envelopeFromStoredRecord(record(), Counted)).toEqual(
      E.right({
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
      }),
    );
    expect(envelopeFromStoredRecord(record({ type: 'Other', dataText: '[1]' }), undefined)).toMatchObject(E.right({ event: { type: 'Other', data: [1] } }));
  });

  it('reports data that is not JSON, metadata that is not a record of strings, and an event that no longer decodes as CorruptEvent at its position', () => {
    expect(envelopeFromStoredRecord(record({ dataText: '{"n":' }), Counted)).toMatchObject(
      E.left({ _tag: 'CorruptEvent', stream: 's', globalPosition: 4, reason: expect.stringMatching(/^the stored event at position 4: its data is not JSON \(/) as unknown }),
    );
    expect(envelopeFromStoredRecord(record({ metadataText: '{"n":1}' }), Counted)).toEqual(
      E.left({ _tag: 'CorruptEvent', stream: 's', globalPosition: 4, reason: 'the stored event at position 4: its metadata is not a JSON record of strings' }),
    );
    const undecodable = envelopeFromStoredRecord(record({ dataText: '{"n":"one"}' }), Counted);
    expect(E.isLeft(undecodable) && undecodable.left._tag === 'CorruptEvent' && typeof undecodable.left.reason !== 'string' && undecodable.left.reason._tag).toBe(
      'InvalidInput',
    );
  });
});
