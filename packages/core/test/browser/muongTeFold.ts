import {
  CampaignEvent,
  campaignFactsProjection,
  exportDigest,
  figureKey,
  figureOf,
  makeInMemoryEventStore,
  runProjection,
  verifyLog,
  type FigureKeyInput,
  type LogDigest,
  type VerificationReport,
} from '@campaign-ledger/core';
import { makeInMemoryStorage } from '@campaign-ledger/core/adapter';
import { muongTeHistory, org, replayHistory, setup } from '@campaign-ledger/fixtures';
import * as E from 'fp-ts/lib/Either.js';

// Test-only: the fold that browserBundle.test.ts runs twice, once in Node from the sources and once
// as a browser bundle in a context without Node's globals. It returns plain data, so both runs
// can be compared as JSON.

/** What one run of the fold found. */
export interface MuongTeFold {
  /** A few figures of the report, computed from the folded facts, by name. */
  readonly figures: Readonly<Record<string, number | null>>;
  readonly verification: VerificationReport;
  readonly digest: LogDigest;
  /** What verifyLog says after the 2007 party members were changed from 1.795 to 1.895 in storage. */
  readonly tampered: VerificationReport;
  /** Events appended with the store's own random ids (the uuid package, on crypto.getRandomValues). */
  readonly randomIds: { readonly count: number; readonly distinct: number; readonly allV4: boolean };
}

const district = { organisationId: org.district } as const;

const keys: Readonly<Record<string, FigureKeyInput>> = {
  'classes 2007': { measure: 'classes', period: 2007, ...district },
  'participants 2007': { measure: 'participants', period: 2007, ...district, category: 'everyone', countUnit: 'person' },
  'party members 2007': { measure: 'participants', period: 2007, ...district, category: 'party-members', countUnit: 'person' },
  'eligible party members 2007': { measure: 'eligible', period: 2007, ...district, category: 'party-members' },
  'party members 2009': { measure: 'participants', period: 2009, ...district, category: 'party-members', countUnit: 'person' },
  'district steering committee members': { measure: 'steering-committee-members', ...district, memberKind: 'district-committee' },
};

const counterUuid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const right = <A>(what: string, result: E.Either<unknown, A>): A => {
  if (E.isLeft(result)) throw new Error(`${what} failed: ${JSON.stringify(result.left)}`);
  return result.right;
};

/**
 * Records the Mường Tè history with counter ids and a clock that starts on 2011-01-20 08:00 UTC and
 * ticks a second per event (the log whose digest docs/audit.md quotes), folds it into the
 * campaign's facts, verifies the log, then verifies a copy with one count changed in storage.
 */
export const foldMuongTe = async (): Promise<MuongTeFold> => {
  const storage = makeInMemoryStorage<CampaignEvent>();
  let tick = Date.UTC(2011, 0, 20, 8, 0, 0);
  const store = makeInMemoryEventStore({ codec: CampaignEvent, storage, clock: () => new Date((tick += 1000)) });
  let id = 0;
  right('the replay', await replayHistory(store, muongTeHistory, { newId: () => counterUuid(++id) }));

  const facts = runProjection(campaignFactsProjection, right('readAll', await store.readAll()()));
  const figures = Object.fromEntries(Object.entries(keys).map(([name, key]) => [name, figureOf(facts, figureKey(key)).value]));
  const verification = right('verifyLog', await verifyLog(store)());
  const digest = right('exportDigest', await exportDigest(store)());

  const index = storage.log.findIndex((e) => e.event.type === 'ParticipationReported' && e.event.data.factId === 'fact:2007/participants/party-members');
  const original = storage.log[index];
  if (original === undefined || original.event.type !== 'ParticipationReported') throw new Error('the 2007 party members are not in the log');
  storage.log[index] = { ...original, event: { ...original.event, data: { ...original.event.data, count: 1895 as typeof original.event.data.count } } };
  const tampered = right('verifyLog after tampering', await verifyLog(makeInMemoryEventStore({ codec: CampaignEvent, storage }))());

  const withRandomIds = makeInMemoryEventStore({ codec: CampaignEvent });
  right('the replay with random ids', await replayHistory(withRandomIds, setup));
  const ids = right('readAll', await withRandomIds.readAll()()).map((e) => e.eventId);
  const randomIds = { count: ids.length, distinct: new Set(ids).size, allV4: ids.every((i) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(i)) };

  return { figures, verification, digest, tampered, randomIds };
};
