import {
  CampaignEvent,
  type CampaignFacts,
  type Reconciliation,
  campaignFactsProjection,
  explain,
  figureKey,
  makeInMemoryEventStore,
  reconcile,
  runProjection,
} from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { muongTeHistory, org } from '@campaign-ledger/fixtures';
import { replayHistory } from '@campaign-ledger/fixtures';

// The audit of the Mường Tè report: the lineage of its figures and the reconciliation of every
// figure it states with the figures its own facts give. docs/audit.md shows this output, printed by
// its own examples, which the docs tests run (docs/check).

let facts: CampaignFacts;
let findings: ReadonlyArray<Reconciliation>;

beforeAll(async () => {
  const store = makeInMemoryEventStore({ codec: CampaignEvent });
  const replayed = await replayHistory(store, muongTeHistory);
  expect(replayed).toEqual(E.right(muongTeHistory.length));
  const log = await store.readAll()();
  if (E.isLeft(log)) throw new Error(log.left._tag);
  facts = runProjection(campaignFactsProjection, log.right);
  findings = reconcile(facts);
});

const finding = (figureId: string): Reconciliation => {
  const found = findings.find((r) => r.figureId === figureId);
  if (found === undefined) throw new Error(`no reconciliation for ${figureId}`);
  return found;
};

describe('explaining the Mường Tè figures', () => {
  it('the 2007 classes are exactly the three ClassesReported events 3 + 20 + 1', () => {
    const explanation = explain(facts, figureKey({ measure: 'classes', period: 2007, organisationId: org.district }));
    expect(explanation.value).toBe(24);
    expect(explanation.entries.map((e) => [e.eventType, e.factId, e.value, e.effect])).toEqual([
      ['ClassesReported', 'fact:2007/classes/agencies', 3, 'added'],
      ['ClassesReported', 'fact:2007/classes/rural', 20, 'added'],
      ['ClassesReported', 'fact:2007/classes/armed-forces', 1, 'added'],
    ]);
    expect(explanation.entries.every((e) => e.quote?.startsWith('Trong năm 2007 đã mở 24 lớp'))).toBe(true);
  });

  it('the 2009 rate of party members lists its numerator’s and its denominator’s events', () => {
    const explanation = explain(facts, figureKey({ measure: 'participation-rate', period: 2009, category: 'party-members', organisationId: org.district }));
    expect(explanation.percent).toEqual({ numerator: 2181, denominator: 2321, scaled: 9397, decimals: 2 });
    expect(explanation.entries.map((e) => [e.side, e.eventType, e.factId, e.value])).toEqual([
      ['numerator', 'ParticipationReported', 'fact:2009/participants/party-members', 2181],
      ['denominator', 'EligiblePopulationDeclared', 'fact:2009/eligible/party-members', 2321],
    ]);
  });
});

describe('reconciling the Mường Tè report with its own facts', () => {
  it('raises exactly three alarms', () => {
    expect(findings.filter((r) => r.alarm).map((r) => [r.figureId, r.kind])).toEqual([
      ['figure:2009/party-members', 'percent-mismatches-fraction'],
      ['figure:2010/classes', 'total-differs-from-parts'],
      ['figure:2010/participants', 'headcount-versus-attendances'],
    ]);
  });

  it('2009: "2.181/2.321 đồng chí, đạt 94,2%" is 93,97%, 94,0% at the printed precision', () => {
    const r = finding('figure:2009/party-members');
    expect(r.arithmetic).toMatchObject({
      _tag: 'Percent',
      fraction: 'stated',
      percent: { numerator: 2181, denominator: 2321, scaled: 9397, decimals: 2 },
      atStatedPrecision: { scaled: 940, decimals: 1 },
      stated: { scaled: 942, decimals: 1 },
    });
    expect(r.arithmetic.line).toEqual({ vi: '2.181/2.321 = 93,97% ≠ 94,2%', en: '2,181/2,321 = 93.97% ≠ 94.2%' });
  });

  it('2010: "36 lớp" against its parts 2 + 33 = 35', () => {
    const r = finding('figure:2010/classes');
    expect(r.arithmetic).toMatchObject({ _tag: 'Sum', total: 35, stated: 36, holds: false });
    expect(r.arithmetic.line.vi).toBe('2 + 33 = 35 ≠ 36');
    expect(r.notes.map((n) => n.line.vi)).toEqual(['ô số liệu của khóa này: 2 + 33 + 5 = 40 (các phần nêu riêng theo khối, cấp tổ chức, đối tượng của lớp, không phải tổng) — báo cáo 36']);
  });

  it('2010: "6.713 ... tham gia học tập" against 257 + 158 + 2.648 = 3.063 persons, the 10.500 being attendances', () => {
    const r = finding('figure:2010/participants');
    expect(r.arithmetic).toMatchObject({
      _tag: 'Units',
      stated: 6713,
      countUnit: 'person',
      sameUnitTotal: 3063,
      sameUnit: [{ value: 257 }, { value: 158 }, { value: 2648 }],
      otherUnit: [{ value: 10500, countUnit: 'attendance', factId: 'fact:2010/outreach' }],
    });
    expect(r.arithmetic.line.en).toBe('257 + 158 + 2,648 = 3,063 persons ≠ 6,713 persons; 10,500 attendances cannot be added to persons');
    expect(r.partEvents.filter((e) => e.effect === 'not-added').map((e) => e.factId)).toEqual(['fact:2010/outreach']);
  });

  it('2007: 3 + 20 + 1 = 24 matches', () => {
    const r = finding('figure:2007/classes');
    expect([r.kind, r.alarm, r.arithmetic.line.vi]).toEqual(['matches-exactly', false, '3 + 20 + 1 = 24']);
  });

  it('2007: 1.795/1.923 ≈ 93% and 1.483/1.650 ≈ 90% match at the printed precision', () => {
    const party = finding('figure:2007/party-members');
    expect([party.kind, party.alarm, party.arithmetic.line.vi]).toEqual(['matches-within-precision', false, '1.795/1.923 = 93,34% ≈ 93%']);
    const cadres = finding('figure:2007/cadres-civil-servants');
    expect([cadres.kind, cadres.alarm, cadres.arithmetic.line.vi]).toEqual(['matches-within-precision', false, '1.483/1.650 = 89,88% ≈ 90%']);
  });

  it('2009: 2.181 + 901 = 3.082 matches; the same group itemised by organiser covers part of it, a note and not a contradiction', () => {
    const r = finding('figure:2009/participants');
    expect([r.kind, r.alarm, r.agreement, r.severity, r.arithmetic.line.vi]).toEqual(['matches-exactly', false, 'agrees', 'note', '2.181 + 901 = 3.082']);
    expect(r.computed).toMatchObject({ status: 'computed', value: 3082 });
    expect(r.notes).toEqual([]);
    expect(r.findings.map((f) => [f.severity, f.kind, f.arithmetic.line])).toEqual([
      [
        'note',
        'partial-coverage',
        {
          vi: '256 + 1.854 + 927 = 3.037 (các phần nêu riêng theo khối, cấp tổ chức) — báo cáo 3.082: chỉ bao quát một phần',
          en: '256 + 1,854 + 927 = 3,037 (parts itemised by bloc, organiser level) — stated 3,082: they cover only part of it',
        },
      ],
    ]);
  });

  it('2008: "1.917 đảng viên tham gia, đạt 91%" cannot be checked: no denominator is given', () => {
    const r = finding('figure:2008/party-members');
    expect([r.kind, r.alarm]).toEqual(['not-computable', false]);
    expect(r.arithmetic.line.en).toBe('1,917/?: no eligible population of party members declared for 2008; 91% cannot be checked');
  });

  it('2009: "trên 12.360" holds, the bare "12.360" rests on that bound, and the two statements of one figure disagree: a warning', () => {
    const hedged = finding('figure:2009/outreach-attendances');
    expect(hedged).toMatchObject({ kind: 'holds-under-qualifier', alarm: false, severity: 'warning' });
    const bare = finding('figure:2009/public-attendances');
    expect([bare.kind, bare.severity, bare.notes.map((n) => n.kind)]).toEqual(['matches-exactly', 'warning', ['computed-qualified']]);
    // One finding, named by both statements, with both quotes.
    expect(hedged.findings).toEqual(bare.findings);
    expect(hedged.findings.map((f) => [f.kind, f.figureIds, f.statements.length])).toEqual([
      ['restatement-differs', ['figure:2009/outreach-attendances', 'figure:2009/public-attendances'], 2],
    ]);
  });

  it('sets every stated figure against the facts, with the events of both sides', () => {
    const stated = muongTeHistory.flatMap((c) => (c.type === 'ReportFigure' ? [c.data.figureId] : []));
    expect(findings.map((r) => r.figureId)).toEqual(stated);
    const classes = finding('figure:2007/classes');
    expect(classes.partEvents.map((e) => e.eventId)).toEqual(classes.computed.entries.map((e) => e.eventId));
  });
});
