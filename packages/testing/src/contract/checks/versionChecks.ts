import { verifyLog, type EventEnvelope, type NewEvent } from '@campaign-ledger/core';
import { versionedEventStore } from '@campaign-ledger/core/versions';
import { expect } from 'vitest';
import { idsOf, readAll, readStream, succeeds, waitUntil } from '../checkSupport';
import type { ContractCheck } from '../contractCheck';
import { contractEventId, contractVersioning, counted, type ContractEvent, type LatestContractEvent } from '../contractEvent';

const group = 'event versions';
const stream = 'measures';

/** Measured as an earlier release stored it: version 1, under the bare type name. */
const measuredV1 = (n: number, value: number): NewEvent<ContractEvent> => ({
  id: contractEventId(n),
  event: { type: 'Measured', data: { value } },
  domainDate: null,
});

/** Measured as the application writes it now: version 2, through the versioned store. */
const measured = (n: number, value: number, unit: string): NewEvent<LatestContractEvent> => ({
  id: contractEventId(n),
  event: { type: 'Measured', data: { value, unit } },
  domainDate: null,
});

/**
 * An event type gets a version 2 after version-1 events were stored: through versionedEventStore
 * every store reads them in version 2, stores new ones as version 2, and keeps verifying, because
 * the seal covers the stored form.
 */
export const versionChecks: ReadonlyArray<ContractCheck> = [
  {
    group,
    name: 'version-1 events read as version 2 through versionedEventStore (reads, append results, subscriptions), new ones are stored as version 2, and the log verifies on the stored form through either store',
    run: async ({ store, track, deliveryTimeoutMs }) => {
      // What an earlier release, which knew version 1 only, stored.
      await succeeds('an append of version-1 events', store.append(stream, [measuredV1(1, 1289), counted(2), measuredV1(3, 12360)], { expectedRevision: 'no-stream' }));
      const versioned = versionedEventStore(store, contractVersioning);

      const appended = await succeeds('an append of a version-2 event through the versioned store', versioned.append(stream, [measured(4, 40, 'attendance')], { expectedRevision: 2 }));
      expect(appended.envelopes.map((e) => [e.event, e.storedEvent])).toEqual([
        [
          { type: 'Measured', data: { value: 40, unit: 'attendance' } },
          { type: 'Measured@2', data: { value: 40, unit: 'attendance' } },
        ],
      ]);

      const raw = await readStream(store, stream);
      expect(raw.map((e) => e.event.type), 'the store keeps each event in the version it was written in').toEqual(['Measured', 'Counted', 'Measured', 'Measured@2']);
      const latest = await succeeds('a read through the versioned store', versioned.readStream(stream));
      expect(latest.map((e) => e.event)).toEqual([
        { type: 'Measured', data: { value: 1289, unit: 'person' } },
        { type: 'Counted', data: { n: 2 } },
        { type: 'Measured', data: { value: 12360, unit: 'person' } },
        { type: 'Measured', data: { value: 40, unit: 'attendance' } },
      ]);
      expect(latest.map((e) => e.storedEvent), 'each upcast envelope keeps its stored form').toEqual([raw[0]?.event, undefined, raw[2]?.event, raw[3]?.event]);
      expect(latest.map((e) => e.hash)).toEqual(raw.map((e) => e.hash));
      expect(await succeeds('readAll through the versioned store', versioned.readAll())).toEqual(latest);

      const delivered: EventEnvelope<LatestContractEvent>[] = [];
      track(versioned.subscribe({ onEvent: (e) => void delivered.push(e) }));
      await waitUntil('the subscriber has every event', () => delivered.length === 4, deliveryTimeoutMs);
      expect(delivered).toEqual(latest);

      expect(await succeeds('verifyLog on the store', verifyLog(store))).toMatchObject({ _tag: 'Intact', eventCount: 4 });
      expect(await succeeds('verifyLog through the versioned store', verifyLog(versioned))).toMatchObject({ _tag: 'Intact', eventCount: 4 });

      const again = await succeeds('the version-2 event appended again', versioned.append(stream, [measured(4, 40, 'attendance')]));
      expect(again.positions, 'answered as stored, not written twice').toEqual([4]);
      expect(idsOf(await readAll(store))).toEqual([1, 2, 3, 4].map(contractEventId));
    },
  },
];
