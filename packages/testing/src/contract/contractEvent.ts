import type { NewEvent } from '@campaign-ledger/core';
import * as t from 'io-ts';

/** A counter tick: the event most contract checks append, small enough to read in a failure. */
export const Counted = t.type({ type: t.literal('Counted'), data: t.type({ n: t.number }) }, 'Counted');
/** A counter tick. */
export type Counted = t.TypeOf<typeof Counted>;

/** A note with free-form details: what the round-trip checks fill with awkward JSON. */
export const Noted = t.type({ type: t.literal('Noted'), data: t.type({ text: t.string, details: t.UnknownRecord }) }, 'Noted');
/** A note with free-form details. */
export type Noted = t.TypeOf<typeof Noted>;

/**
 * The events the conformance kit appends. A store under test receives this codec from the
 * factory options and must decode appends with it (refusing what fails) and reads with it
 * (reporting CorruptEvent for stored data that no longer decodes).
 */
export const ContractEvent = t.union([Counted, Noted], 'ContractEvent');
/** The events the conformance kit appends. */
export type ContractEvent = t.TypeOf<typeof ContractEvent>;

/** The UUID the kit gives its n-th event: version 4 shape, readable in a failure message. */
export const contractEventId = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** A Counted event to append, with the id contractEventId(n) unless one is given. */
export const counted = (n: number, id: string = contractEventId(n)): NewEvent<ContractEvent> => ({
  id,
  event: { type: 'Counted', data: { n } },
  domainDate: null,
});
