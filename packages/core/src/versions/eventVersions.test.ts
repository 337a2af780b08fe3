import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { eventVersions } from './eventVersions';

// A count whose unit version 1 left unsaid (people, as the reports of its time meant), version 2
// names, and version 3 nests with its qualifier ("more than").
const V1 = t.type({ count: t.number }, 'CountedV1');
const V2 = t.type({ count: t.number, unit: t.keyof({ person: null, attendance: null }) }, 'CountedV2');
const V3 = t.type(
  { amount: t.type({ value: t.number, unit: t.keyof({ person: null, attendance: null }) }), qualifier: t.keyof({ exact: null, 'more-than': null }) },
  'CountedV3',
);

const chain = eventVersions('ParticipantsCounted', V1)
  .upcastTo(V2, (v1) => ({ count: v1.count, unit: 'person' as const }))
  .upcastTo(V3, (v2) => ({ amount: { value: v2.count, unit: v2.unit }, qualifier: 'exact' as const }));

describe('eventVersions', () => {
  it('names version 1 by the bare type and later versions with @n, and reads the version back from a stored type', () => {
    expect(chain.latest).toBe(3);
    expect([1, 2, 3].map(chain.storedType)).toEqual(['ParticipantsCounted', 'ParticipantsCounted@2', 'ParticipantsCounted@3']);
    expect(['ParticipantsCounted', 'ParticipantsCounted@2', 'ParticipantsCounted@3'].map(chain.versionOf)).toEqual([1, 2, 3]);
    for (const other of ['ParticipantsCounted@1', 'ParticipantsCounted@4', 'ParticipantsCounted@02', 'ParticipantsCounted@', 'ParticipantsCounted@x', 'Participants', 'ParticipantsCountedX']) {
      expect(chain.versionOf(other), other).toBeNull();
    }
    expect(() => chain.storedType(4)).toThrow(/versions 1 to 3, not 4/);
  });

  it('brings every stored version to the latest through each upcaster in turn', () => {
    expect(chain.upcast(1, { count: 7 })).toEqual(E.right({ amount: { value: 7, unit: 'person' }, qualifier: 'exact' }));
    expect(chain.upcast(2, { count: 9, unit: 'attendance' })).toEqual(E.right({ amount: { value: 9, unit: 'attendance' }, qualifier: 'exact' }));
    const latest = { amount: { value: 12360, unit: 'person' }, qualifier: 'more-than' };
    expect(chain.upcast(3, latest)).toEqual(E.right(latest));
  });

  it('refuses a stored payload that its own version refuses, naming the version', () => {
    const refused = chain.upcast(2, { count: 9 });
    expect(E.isLeft(refused) && refused.left).toMatchObject({ _tag: 'StoredVersionInvalid', version: 2 });
  });

  it('refuses what a faulty upcaster returns, naming the version it upcast from', () => {
    const faulty = eventVersions('ParticipantsCounted', V1).upcastTo(V2, (v1) => ({ count: v1.count, unit: 'people' as unknown as 'person' }));
    const refused = faulty.upcast(1, { count: 3 });
    expect(E.isLeft(refused) && refused.left).toMatchObject({ _tag: 'UpcastInvalid', fromVersion: 1 });
  });

  it('leaves the chain it grew from as it was', () => {
    const first = eventVersions('ParticipantsCounted', V1);
    first.upcastTo(V2, (v1) => ({ ...v1, unit: 'person' as const }));
    expect(first.latest).toBe(1);
    expect(first.upcast(1, { count: 1 })).toEqual(E.right({ count: 1 }));
  });

  it('refuses a type name that could not be told from a stored version', () => {
    expect(() => eventVersions('Counted@2', V1)).toThrow(/hold no @/);
    expect(() => eventVersions('', V1)).toThrow(/non-empty/);
  });
});
