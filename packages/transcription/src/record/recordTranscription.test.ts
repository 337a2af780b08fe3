import { type CampaignEvent, asOfPosition, figureKey, makeCampaignLedger, makeInMemoryEventStore } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { SMALL_REPORT } from '../../test/smallReport';
import { readTranscriptionYaml } from '../read/readYaml';
import { describeTranscriptionError } from '../transcriptionError';
import { recordTranscription } from './recordTranscription';

const read = (text: string) => {
  const sourced = readTranscriptionYaml('small.report.yaml', text);
  if (E.isLeft(sourced)) throw new Error(describeTranscriptionError(sourced.left));
  return sourced.right;
};

const record = async (store: ReturnType<typeof makeInMemoryEventStore<CampaignEvent>>, text: string) => {
  const result = await recordTranscription(store, read(text))();
  if (E.isLeft(result)) throw new Error(describeTranscriptionError(result.left));
  return result.right;
};

describe('recording a transcription', () => {
  it('records every entry, with the figures the sentences state', async () => {
    const store = makeInMemoryEventStore<CampaignEvent>();
    const recorded = await record(store, SMALL_REPORT);
    expect(recorded.changes.map((c) => c.change)).toEqual(Array(recorded.changes.length).fill('record'));
    expect(recorded.events.map((e) => e.event.type)).toEqual([
      'CampaignLaunched',
      'OrganisationRegistered',
      'OrganisationRegistered',
      'ClassesReported',
      'ParticipationReported',
      'ResidentialAreasDeclared',
      'OutreachReported',
      'FigureReported',
      'FigureReported',
      'FigureReported',
      'FigureReported',
    ]);
    const ledger = makeCampaignLedger({ store, campaignId: 'muong-te-excerpt' });
    const figures = await ledger.figures()();
    if (E.isLeft(figures)) throw new Error('figures');
    expect(figures.right.figure(figureKey({ measure: 'participants', period: 2009, organisationId: 'org:muong-te', category: 'cadres-party-members-civil-servants', countUnit: 'person' })).value).toBe(1854);
    expect(figures.right.figure(figureKey({ measure: 'outreach-attendances', period: 2009, organisationId: 'org:muong-te' })).value).toBe(12360);
  });

  it('adds nothing when the same file is recorded again', async () => {
    const store = makeInMemoryEventStore<CampaignEvent>();
    const first = await record(store, SMALL_REPORT);
    const again = await record(store, SMALL_REPORT);
    expect(again.events).toEqual([]);
    expect(again.unchanged).toBe(first.changes.length);
    expect(again.revision).toBe(first.revision);
  });

  it('derives the same event ids from the same file on every run', async () => {
    const a = await record(makeInMemoryEventStore<CampaignEvent>(), SMALL_REPORT);
    const b = await record(makeInMemoryEventStore<CampaignEvent>(), SMALL_REPORT);
    expect(a.events.map((e) => e.id)).toEqual(b.events.map((e) => e.id));
    expect(new Set(a.events.map((e) => e.id)).size).toBe(a.events.length);
  });

  it('records a changed figure as one correction', async () => {
    const store = makeInMemoryEventStore<CampaignEvent>();
    await record(store, SMALL_REPORT);
    const edited = await record(store, SMALL_REPORT.replace('count: "1.854"', 'count: "1.845"'));
    expect(edited.changes).toEqual([
      { change: 'correct', factId: 'fact:2009/participants/unit-classes', type: 'ParticipationReported', path: ['sentences', 0, 'facts', 1, 'ReportParticipation'], changed: ['count'] },
    ]);
    expect(edited.events.map((e) => e.event.type)).toEqual(['FactCorrected']);
    expect((await record(store, SMALL_REPORT.replace('count: "1.854"', 'count: "1.845"'))).events).toEqual([]);
  });

  it('refuses a file with an unknown term, naming its line, and appends nothing', async () => {
    const store = makeInMemoryEventStore<CampaignEvent>();
    const result = await recordTranscription(store, read(SMALL_REPORT.replace('audience: public', 'audience: publik')))();
    expect(E.isLeft(result) && result.left._tag).toBe('TranscriptionRejected');
    if (E.isLeft(result)) expect(describeTranscriptionError(result.left)).toMatch(/^small\.report\.yaml:\d+:\d+: sentences\[1\]\.facts\[1\]\.ReportOutreach\.audience: .*publik/);
    const log = await store.readAll()();
    expect(E.isRight(log) && log.right.length).toBe(0);
  });
});

describe('removing an entry from the transcription', () => {
  it('retracts its fact, with a reason, and the as-of replay before the retraction still counts it', async () => {
    const store = makeInMemoryEventStore<CampaignEvent>();
    const first = await record(store, SMALL_REPORT);
    const withoutOutreach = SMALL_REPORT.replace(/\n {6}- ReportOutreach: \{[^\n]*\}/, '').replace(/\n {6}- \{ figure: outreach-attendances[^\n]*\}/, '');
    expect(withoutOutreach).not.toContain('ReportOutreach');
    const second = await record(store, withoutOutreach);
    expect(second.changes.map((c) => [c.change, c.factId, c.type])).toEqual([
      ['retract', 'figure:2009/outreach-attendances', 'FigureReported'],
      ['retract', 'fact:2009/outreach', 'OutreachReported'],
    ]);
    expect(second.events.map((e) => e.event.type)).toEqual(['FactRetracted', 'FactRetracted']);
    expect(second.events[1]?.event.data).toMatchObject({ retractedFactId: 'fact:2009/outreach', reason: 'removed from the transcription muong-te-2009-excerpt' });
    const ledger = makeCampaignLedger({ store, campaignId: 'muong-te-excerpt' });
    const key = figureKey({ measure: 'outreach-attendances', period: 2009, organisationId: 'org:muong-te' });
    const before = await ledger.figures(asOfPosition(first.events.length))();
    const now = await ledger.figures()();
    if (E.isLeft(before) || E.isLeft(now)) throw new Error('figures');
    expect(before.right.figure(key).value).toBe(12360);
    expect(now.right.figure(key).value).toBeNull();
    expect((await record(store, withoutOutreach)).events).toEqual([]);
  });

  it('refuses to remove a registration, and appends nothing', async () => {
    const store = makeInMemoryEventStore<CampaignEvent>();
    await record(store, SMALL_REPORT);
    const withoutProvince = SMALL_REPORT.replace('  - id: org:lai-chau\n    name: Tỉnh uỷ Lai Châu\n    kind: province-committee\n', '');
    const result = await recordTranscription(store, read(withoutProvince))();
    expect(E.isLeft(result) && describeTranscriptionError(result.left)).toBe(
      'small.report.yaml: org:lai-chau (OrganisationRegistered) was recorded from this transcription and is no longer in it; a registration cannot be retracted: put it back',
    );
    const log = await store.readAll()();
    expect(E.isRight(log) && log.right.length).toBe(11);
  });
});

describe('progress', () => {
  it('is told after each entry is decided, ending with every entry', async () => {
    const store = makeInMemoryEventStore<CampaignEvent>();
    const seen: Array<readonly [number, number]> = [];
    const result = await recordTranscription(store, read(SMALL_REPORT), { onProgress: (done, total) => seen.push([done, total]) })();
    expect(E.isRight(result)).toBe(true);
    expect(seen[0]).toEqual([0, 11]);
    expect(seen[seen.length - 1]).toEqual([11, 11]);
    expect(seen.map(([done]) => done)).toEqual([...Array(11).keys(), 11]);
  });
});
