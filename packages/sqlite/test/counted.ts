import type { NewEvent } from '@campaign-ledger/core';
import * as t from 'io-ts';

// Test-only: a small event type for the store's own tests (the kit brings its own).

/** A counter tick. */
export const Counted = t.type({ type: t.literal('Counted'), data: t.type({ n: t.number }) }, 'Counted');
/** A counter tick. */
export type Counted = t.TypeOf<typeof Counted>;

/** The UUID of the n-th test event. */
export const eventId = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** A Counted event to append, with the id eventId(n). */
export const counted = (n: number): NewEvent<Counted> => ({ id: eventId(n), event: { type: 'Counted', data: { n } }, domainDate: null });
