import { muongTeHistory, org, replayHistory } from '@campaign-ledger/fixtures';
import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { event, hierarchy, withHierarchy } from '../../test/envelopes';
import { CampaignEvent } from '../events/campaignEvent';
import { figureKey } from '../model/figureKey';
import { campaignFactsProjection, factsOf, type CampaignFacts } from '../projections/campaignFacts';
import { figureOf } from '../projections/figureOf';
import { runProjection } from '../projections/projection';
import { buildCampaignReport } from '../report/campaignReport';
import { formatReport } from '../report/formatReport';
import type { EventEnvelope } from '../store/eventEnvelope';
import type { EventStore } from '../store/eventStore';
import { makeInMemoryEventStore } from '../store/inMemoryEventStore';
import { CAMPAIGN_FACTS_JSON_FORMAT, decodeCampaignFacts, encodeCampaignFacts } from './campaignFactsJson';
import { makeInMemoryCheckpointStore } from './inMemoryCheckpointStore';
import type { ProjectionCheckpoint } from './projectionCheckpointStore';
import { runProjectionWithCheckpoints } from './runProjectionWithCheckpoints';

/** Through JSON text and back, as a checkpoint store keeps it. */
const roundTrip = (facts: CampaignFacts): E.Either<unknown, CampaignFacts> => decodeCampaignFacts(JSON.parse(JSON.stringify(encodeCampaignFacts(facts))));

const decoded = (facts: CampaignFacts): CampaignFacts => {
  const back = roundTrip(facts);
  if (E.isLeft(back)) return expect.unreachable(`the facts do not decode: ${JSON.stringify(back.left)}`);
  return back.right;
};

const printed = (facts: CampaignFacts): string => {
  const report = buildCampaignReport(facts, { organisationId: org.district });
  return `${formatReport(report, 'vi')}\n${formatReport(report, 'en')}`;
};

describe('CampaignFacts as JSON, on the Mường Tè history', () => {
  let store: EventStore<CampaignEvent>;
  let log: ReadonlyArray<EventEnvelope<CampaignEvent>>;
  let facts: CampaignFacts;

  beforeAll(async () => {
    store = makeInMemoryEventStore({ codec: CampaignEvent });
    expect(await replayHistory(store, muongTeHistory)).toEqual(E.right(muongTeHistory.length));
    const read = await store.readAll()();
    if (E.isLeft(read)) throw new Error(read.left._tag);
    log = read.right;
    facts = runProjection(campaignFactsProjection, log);
  });

  it('decode(encode(facts)) is the same facts: every registry, every list and the position', () => {
    expect(facts.lastGlobalPosition).toBe(muongTeHistory.length);
    const back = decoded(facts);
    expect(back).toEqual(facts);
    expect([...back.organisations.keys()]).toEqual([...facts.organisations.keys()]);
    expect(factsOf(back, 'ClassesReported')).toEqual(factsOf(facts, 'ClassesReported'));
  });

  it('gives the same figures: the whole report, in both languages, prints the same', () => {
    const back = decoded(facts);
    expect(printed(back)).toBe(printed(facts));
    // Spot checks, so a report that printed nothing could not pass.
    const participants = figureKey({ measure: 'participants', period: 2007, organisationId: org.district, category: 'everyone', countUnit: 'person' });
    expect(figureOf(back, participants)).toEqual(figureOf(facts, participants));
    expect(figureOf(back, participants)).toMatchObject({ status: 'computed', value: 3573 });
    expect(printed(facts)).toContain('3.573');
  });

  it('a checkpointed run stopped half way and resumed from its JSON checkpoint prints the same report as one fold', async () => {
    const entries = new Map<string, ProjectionCheckpoint>();
    let reads = 0;
    const failing: Pick<EventStore<CampaignEvent>, 'readAll'> = {
      readAll: (options) => (++reads > 4 ? () => Promise.resolve(E.left({ _tag: 'StoreUnavailable', message: 'stopped' })) : store.readAll(options)),
    };
    const settings = {
      checkpoints: makeInMemoryCheckpointStore(entries),
      name: 'campaign-facts',
      projection: campaignFactsProjection,
      encode: encodeCampaignFacts,
      decode: decodeCampaignFacts,
      batchSize: 16,
    };
    expect(await runProjectionWithCheckpoints({ ...settings, store: failing })()).toMatchObject(E.left({ _tag: 'StoreUnavailable' }));
    expect(entries.get('campaign-facts')?.position).toBe(64);
    const resumed = await runProjectionWithCheckpoints({ ...settings, store })();
    if (E.isLeft(resumed)) return expect.unreachable(JSON.stringify(resumed.left));
    expect(resumed.right).toMatchObject({ position: log.length, resumedFrom: 64, eventsFolded: log.length - 64 });
    expect(resumed.right.state).toEqual(facts);
    expect(printed(resumed.right.state)).toBe(printed(facts));
  });
});

const refusalOf = (u: unknown): string => {
  const result = decodeCampaignFacts(u);
  if (E.isRight(result)) return expect.unreachable('the JSON decoded');
  return result.left.message;
};

describe('CampaignFacts as JSON', () => {
  const D = 'org:muong-te/huyen-uy';
  const provenance = { recordedBy: 'test', source: { document: 'errata' } };
  const corrected = (): CampaignFacts =>
    withHierarchy(
      event('ClassesReported', { factId: 'f:units', organisationId: D, period: 2010, count: 33, organiserLevel: 'unit' }),
      event('FactCorrected', {
        correctionId: 'correction:1',
        correctedFactId: 'f:units',
        replacement: { type: 'ClassesReported', data: { factId: 'f:units', organisationId: D, period: 2010, count: 34, organiserLevel: 'unit', provenance } },
        reason: 'one class was left out',
      }),
      event('FactCorrected', {
        correctionId: 'correction:2',
        correctedFactId: 'f:units',
        replacement: { type: 'ClassesReported', data: { factId: 'f:units', organisationId: D, period: 2010, count: 35, organiserLevel: 'unit', provenance } },
        reason: 'and another',
      }),
    );

  it('the initial state round-trips', () => {
    expect(decoded(campaignFactsProjection.init())).toEqual(campaignFactsProjection.init());
  });

  it('corrections round-trip with their chain of superseded versions, and figures use the latest version', () => {
    const facts = corrected();
    expect(facts.corrections.size).toBe(1);
    const back = decoded(facts);
    expect(back).toEqual(facts);
    const key = figureKey({ measure: 'classes', period: 2010, organisationId: D });
    expect(figureOf(back, key)).toMatchObject({ status: 'computed', value: 35 });
    expect(factsOf(back, 'ClassesReported')[0]?.ref.supersedes?.map((v) => v.event.data)).toMatchObject([{ count: 33 }, { count: 34 }]);
  });

  it('retractions round-trip with their note, a retracted class stays out of its registry, and figures leave them out', () => {
    const facts = withHierarchy(
      event('ClassHeld', { classId: 'class:1', year: 2010, organiserId: D, organiserLevel: 'district', startsOn: '2010-03-01' }),
      event('ClassesReported', { factId: 'f:units', organisationId: D, period: 2010, count: 33, organiserLevel: 'unit' }),
      event('FactRetracted', { retractionId: 'retraction:1', retractedFactId: 'class:1', reason: 'entered twice' }),
      event('FactRetracted', { retractionId: 'retraction:2', retractedFactId: 'f:units', reason: 'not in the report' }),
    );
    expect([...facts.retractions.keys()]).toEqual(['ClassHeld:class:1', 'ClassesReported:f:units']);
    const back = decoded(facts);
    expect(back).toEqual(facts);
    expect(back.classes.has('class:1')).toBe(false);
    const figure = figureOf(back, figureKey({ measure: 'classes', period: 2010, organisationId: D }));
    expect(figure.status).toBe('no-data');
    expect(figure.contributions.map((c) => [c.factId, c.role, c.retraction?.retractionId])).toEqual([
      ['class:1', 'retracted', 'retraction:1'],
      ['f:units', 'retracted', 'retraction:2'],
    ]);
    const misplaced = JSON.parse(JSON.stringify(encodeCampaignFacts(facts))) as Record<string, unknown>;
    misplaced['retractions'] = (misplaced['retractions'] as Array<[string, unknown]>).map(([key, fact], i) => [i === 0 ? 'ClassHeld:class:2' : key, fact]);
    expect(refusalOf(misplaced)).toMatch(/retractions.*the key of the fact each retraction withdrew/);
  });

  it('the terms a history defined round-trip, and label its figures after the trip', () => {
    const facts = withHierarchy(
      event('TermDefined', { kind: 'participant-category', termId: 'youth-union-members', label: { vi: 'đoàn viên', en: 'youth union members' }, broader: ['union-members-pupils'] }),
      event('ParticipationReported', { factId: 'f:youth', organisationId: D, period: 2011, category: 'youth-union-members', countUnit: 'person', count: 120 }),
    );
    const back = decoded(facts);
    expect(back).toEqual(facts);
    expect([...back.terms.keys()]).toEqual(['participant-category/youth-union-members']);
    expect(formatReport(buildCampaignReport(back), 'vi')).toContain('Người tham gia, đoàn viên (người)');
    expect(refusalOf({ ...JSON.parse(JSON.stringify(encodeCampaignFacts(facts))), terms: undefined })).toMatch(/terms/);
  });

  it('the JSON form is plain: maps as entry arrays, lists oldest first, and a format tag', () => {
    const json = JSON.parse(JSON.stringify(encodeCampaignFacts(corrected()))) as Record<string, unknown>;
    expect(json['format']).toBe(CAMPAIGN_FACTS_JSON_FORMAT);
    expect((json['organisations'] as ReadonlyArray<readonly [string, unknown]>).map(([key]) => key)).toEqual(
      hierarchy.flatMap((e) => (e.type === 'OrganisationRegistered' ? [e.data.organisationId] : [])),
    );
    const log = json['log'] as Record<string, ReadonlyArray<{ ref: { globalPosition: number } }>>;
    expect(log['FactCorrected']?.map((f) => f.ref.globalPosition)).toEqual([hierarchy.length + 2, hierarchy.length + 3]);
    expect((json['corrections'] as ReadonlyArray<readonly [string, unknown]>).map(([key]) => key)).toEqual(['ClassesReported:f:units']);
  });

  describe('refuses what it cannot vouch for, naming where', () => {
    const json = (): Record<string, unknown> => JSON.parse(JSON.stringify(encodeCampaignFacts(corrected()))) as Record<string, unknown>;
    const refusal = (u: unknown): string => {
      const result = decodeCampaignFacts(u);
      if (E.isRight(result)) return expect.unreachable('the JSON decoded');
      return result.left.message;
    };

    it('another format, or no object at all', () => {
      expect(refusal({ ...json(), format: 'campaign-facts/0' })).toMatch(/format/);
      expect(refusal(null)).toMatch(/campaign facts/);
    });

    it('a payload its type no longer decodes', () => {
      const broken = json();
      const log = broken['log'] as Record<string, Array<{ data: Record<string, unknown> }>>;
      (log['ClassesReported'] as Array<{ data: Record<string, unknown> }>)[0]!.data['count'] = -3;
      expect(refusal(broken)).toMatch(/log\.ClassesReported\.0\.data\.count/);
    });

    it('a fact kept under another type', () => {
      const broken = json();
      const log = broken['log'] as Record<string, unknown[]>;
      log['AwardGranted'] = log['ClassesReported'] as unknown[];
      expect(refusal(broken)).toMatch(/log\.AwardGranted\.0\.ref/);
    });

    it('a key twice in a registry, or a correction under a key that is not its fact’s', () => {
      const twice = json();
      const organisations = twice['organisations'] as unknown[];
      twice['organisations'] = [...organisations, organisations[0]];
      expect(refusal(twice)).toMatch(/organisations/);
      const misplaced = json();
      misplaced['corrections'] = (misplaced['corrections'] as Array<[string, unknown]>).map(([, fact]) => ['ClassesReported:f:other', fact]);
      expect(refusal(misplaced)).toMatch(/corrections/);
    });
  });
});
