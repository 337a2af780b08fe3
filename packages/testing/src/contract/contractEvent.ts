import type { NewEvent } from '@campaign-ledger/core';
import { eventVersioning, eventVersions } from '@campaign-ledger/core/versions';
import * as t from 'io-ts';

/** A counter tick: the event most contract checks append, small enough to read in a failure. */
export const Counted = t.type({ type: t.literal('Counted'), data: t.type({ n: t.number }) }, 'Counted');
/** A counter tick. */
export type Counted = t.TypeOf<typeof Counted>;

/** A note with free-form details: what the round-trip checks fill with awkward JSON. */
export const Noted = t.type({ type: t.literal('Noted'), data: t.type({ text: t.string, details: t.UnknownRecord }) }, 'Noted');
/** A note with free-form details. */
export type Noted = t.TypeOf<typeof Noted>;

/** Version 1 of Measured's payload, as an earlier release stored it: a value whose unit went unsaid. */
export const MeasuredV1 = t.type({ value: t.number }, 'MeasuredV1');
/** Version 2 of Measured's payload: the unit named. */
export const MeasuredV2 = t.type({ value: t.number, unit: t.string }, 'MeasuredV2');
/** Measured's versions: a version-1 value is upcast with the unit its time meant, people. */
export const measuredVersions = eventVersions('Measured', MeasuredV1).upcastTo(MeasuredV2, (v1) => ({ value: v1.value, unit: 'person' }));
/** Measured in version 1, as stored under its bare type name. */
export const StoredMeasuredV1 = t.type({ type: t.literal('Measured'), data: MeasuredV1 }, 'Measured');
/** Measured in version 2, as stored: under `Measured@2`. */
export const StoredMeasuredV2 = t.type({ type: t.literal('Measured@2'), data: MeasuredV2 }, 'Measured@2');
/** Measured as an application reads and writes it through the versioned store: its latest version under the bare name. */
export const Measured = t.type({ type: t.literal('Measured'), data: MeasuredV2 }, 'Measured');
/** Measured as an application reads and writes it. */
export type Measured = t.TypeOf<typeof Measured>;

/**
 * The events the conformance kit appends, as stored. A store under test receives this codec from
 * the factory options and must decode appends with it (refusing what fails) and reads with it
 * (reporting CorruptEvent for stored data that no longer decodes). Measured is here in both of its
 * stored versions, which the versioning checks read through `versionedEventStore`.
 */
export const ContractEvent = t.union([Counted, Noted, StoredMeasuredV1, StoredMeasuredV2], 'ContractEvent');
/** The events the conformance kit appends. */
export type ContractEvent = t.TypeOf<typeof ContractEvent>;

/** The kit's events as an application reads them through the versioned store: Measured in version 2. */
export const LatestContractEvent = t.union([Counted, Noted, Measured], 'LatestContractEvent');
/** The kit's events as an application reads them through the versioned store. */
export type LatestContractEvent = t.TypeOf<typeof LatestContractEvent>;

/** The versioning of the kit's events: Measured has two versions. */
export const contractVersioning = eventVersioning(LatestContractEvent, [measuredVersions]);

/** The UUID the kit gives its n-th event: version 4 shape, readable in a failure message. */
export const contractEventId = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** A Counted event to append, with the id contractEventId(n) unless one is given. */
export const counted = (n: number, id: string = contractEventId(n)): NewEvent<ContractEvent> => ({
  id,
  event: { type: 'Counted', data: { n } },
  domainDate: null,
});
