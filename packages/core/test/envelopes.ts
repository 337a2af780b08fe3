import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { CampaignEvent, type CampaignEventType } from '../src/events/campaignEvent';
import { campaignFactsProjection, type CampaignEventOf, type CampaignFacts, type EventDataOf } from '../src/projections/campaignFacts';
import { runProjection } from '../src/projections/projection';
import type { EventEnvelope } from '../src/store/eventEnvelope';
import { problemsOf } from '../src/errors/invalidInput';
import { FigureKey } from '../src/model/figureKey';
import type { Figure } from '../src/projections/figure';
import { figureOf } from '../src/projections/figureOf';

// Test-only: the decider and the stores are not needed to build a history for a projection.

/** A codec-branded value as plain literals: tests write `2009` and `'org:x'`, the codec brands them. */
export type Plain<T> = T extends string & t.Brand<unknown>
  ? string
  : T extends number & t.Brand<unknown>
    ? number
    : T extends ReadonlyArray<infer U>
      ? ReadonlyArray<Plain<U>>
      : T extends object
        ? { [K in keyof T]: Plain<T[K]> }
        : T;

/** An event's payload as a test writes it: plain values, provenance optional, a quote for short. */
export type TestData<K extends CampaignEventType> = Omit<Plain<EventDataOf<K>>, 'provenance'> & {
  readonly provenance?: Plain<EventDataOf<K>['provenance']>;
  readonly quote?: string;
};

/** Builds a campaign event through its codec, so a test cannot build one the catalog would refuse. */
export const event = <K extends CampaignEventType>(type: K, data: TestData<K>): CampaignEventOf<K> => {
  const { quote, provenance, ...rest } = data;
  const source = { document: 'test report', ...(quote === undefined ? {} : { quote }) };
  const decoded = CampaignEvent.decode({ type, data: { ...rest, provenance: provenance ?? { recordedBy: 'test', source } } });
  if (E.isLeft(decoded))
    throw new TypeError(`${type}: ${problemsOf(decoded.left).map((p) => `${p.path}: expected ${p.expected}, got ${p.actual}`).join('; ')}`);
  return decoded.right as CampaignEventOf<K>;
};

/** Envelopes for events in the given order: positions 1, 2, ... and event ids `evt-1`, `evt-2`, ... */
export const envelopesOf = (events: ReadonlyArray<CampaignEvent>, firstPosition = 1): ReadonlyArray<EventEnvelope<CampaignEvent>> =>
  events.map((e, i) => ({
    eventId: `evt-${firstPosition + i}`,
    stream: 'campaign-test',
    streamRevision: firstPosition + i - 1,
    globalPosition: firstPosition + i,
    recordedAt: new Date(Date.UTC(2024, 0, 1, 0, 0, firstPosition + i)).toISOString(),
    domainDate: null,
    event: e,
    metadata: {},
    // Placeholder seal: projections never read it, and these envelopes never pass through a store.
    hash: '0'.repeat(64),
    previousStreamHash: '0'.repeat(64),
    previousGlobalHash: '0'.repeat(64),
  }));

/** The campaign facts after folding the events in order. */
export const factsFrom = (...events: ReadonlyArray<CampaignEvent>): CampaignFacts =>
  runProjection(campaignFactsProjection, envelopesOf(events));

/** An organisation registration, the usual first fact of a test. */
export const organisation = (
  organisationId: string,
  kind: EventDataOf<'OrganisationRegistered'>['kind'],
  options: { readonly parentId?: string; readonly bloc?: EventDataOf<'OrganisationRegistered'>['bloc'] } = {},
): CampaignEventOf<'OrganisationRegistered'> => event('OrganisationRegistered', { organisationId, name: organisationId, kind, ...options });

/** A figure key from plain values, checked by its codec. */
export const figureKey = (plain: Plain<FigureKey>): FigureKey => {
  const decoded = FigureKey.decode(plain);
  if (E.isLeft(decoded)) throw new TypeError(`figure key: ${problemsOf(decoded.left).map((p) => `${p.path}: expected ${p.expected}`).join('; ')}`);
  return decoded.right;
};

/** The figure a plain key names, computed with figureOf. */
export const figureFor = (facts: CampaignFacts, plain: Plain<FigureKey>): Figure => figureOf(facts, figureKey(plain));

/** A figure's contributions as [eventId, role, value], the shortest exact statement of what made it. */
export const rolesOf = (figure: Figure): ReadonlyArray<readonly [string, string, number]> =>
  figure.contributions.map((c) => [c.eventId, c.role, c.value] as const);

/**
 * A province with two districts (positions 1–7): district A has a rural commune with a cell under
 * it (registered without a bloc) and an agencies cell; district B has a rural commune.
 */
export const hierarchy: ReadonlyArray<CampaignEvent> = [
  organisation('org:province', 'province-committee'),
  organisation('org:district-a', 'district-committee', { parentId: 'org:province' }),
  organisation('org:district-b', 'district-committee', { parentId: 'org:province' }),
  organisation('org:commune-a1', 'grassroots-party-committee', { parentId: 'org:district-a', bloc: 'rural' }),
  organisation('org:cell-a1', 'party-cell', { parentId: 'org:commune-a1' }),
  organisation('org:office-a', 'party-cell', { parentId: 'org:district-a', bloc: 'agencies' }),
  organisation('org:commune-b1', 'grassroots-party-committee', { parentId: 'org:district-b', bloc: 'rural' }),
];

/** The facts of `hierarchy` followed by the given events (from position 8). */
export const withHierarchy = (...events: ReadonlyArray<CampaignEvent>): CampaignFacts => factsFrom(...hierarchy, ...events);
