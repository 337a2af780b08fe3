import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { CampaignEvent } from '../events/campaignEvent';
import { makeCampaignLedger } from '../ledger/makeCampaignLedger';
import { makeInMemoryEventStore } from '../store/inMemoryEventStore';
import { termPartitions, termRelation } from './termRelations';

// A commune's report that groups people its own way ("đoàn viên, hội viên") and names awards of a
// People's Committee, a body the seed never names: the history defines those terms, then uses them.

const by = { recordedBy: 'commune-app', source: { document: 'Báo cáo sơ kết 3 năm của Đảng bộ xã Ka Lăng' } };
const quoted = (quote: string) => ({ ...by, source: { ...by.source, quote } });
const KA_LANG = 'org:ka-lang';
const GROUP = 'youth-and-association-members';
const PARTICIPANTS = 'Năm 2011, 120 đoàn viên và 80 hội viên, tổng cộng 200 đoàn viên, hội viên tham gia học tập.';
const AWARDS = 'UBND tỉnh tặng bằng khen cho 3 tập thể.';

const commands = [
  // The article gives no launch date.
  { type: 'LaunchCampaign', data: { campaignId: 'xa-ka-lang', title: 'Học tập và làm theo tấm gương đạo đức Hồ Chí Minh', provenance: by } },
  { type: 'RegisterOrganisation', data: { organisationId: KA_LANG, name: 'Đảng bộ xã Ka Lăng', kind: 'grassroots-party-committee', bloc: 'rural', provenance: by } },
  {
    type: 'DefineTerm',
    data: { kind: 'participant-category', termId: 'youth-union-members', label: { vi: 'đoàn viên', en: 'youth union members' }, broader: ['union-members-pupils'], provenance: by },
  },
  {
    type: 'DefineTerm',
    data: { kind: 'participant-category', termId: 'association-members', label: { vi: 'hội viên', en: 'association members' }, broader: ['union-members-pupils'], provenance: by },
  },
  {
    type: 'DefineTerm',
    data: {
      kind: 'participant-category',
      termId: GROUP,
      label: { vi: 'đoàn viên, hội viên', en: 'youth union and association members' },
      broader: ['union-members-pupils'],
      partitions: [['youth-union-members', 'association-members']],
      provenance: by,
    },
  },
  { type: 'DefineTerm', data: { kind: 'deciding-body', termId: 'province-peoples-committee', label: { vi: 'UBND tỉnh', en: "the provincial People's Committee" }, provenance: by } },
  {
    type: 'ReportParticipation',
    data: { factId: 'fact:2011/youth', organisationId: KA_LANG, period: 2011, category: 'youth-union-members', countUnit: 'person', count: 120, provenance: quoted(PARTICIPANTS) },
  },
  {
    type: 'ReportParticipation',
    data: { factId: 'fact:2011/association', organisationId: KA_LANG, period: 2011, category: 'association-members', countUnit: 'person', count: 80, provenance: quoted(PARTICIPANTS) },
  },
  {
    type: 'ReportFigure',
    data: {
      figureId: 'figure:2011/group',
      figure: { measure: 'participants', period: 2011, organisationId: KA_LANG, category: GROUP, countUnit: 'person' },
      value: 200,
      countUnit: 'person',
      provenance: quoted(PARTICIPANTS),
    },
  },
  {
    type: 'GrantAward',
    data: {
      awardId: 'award:2011/ubnd-tinh',
      period: 2011,
      stage: 'decided',
      kind: 'reward',
      recipientKind: 'collective',
      decidingBody: 'province-peoples-committee',
      instrument: 'merit-diploma',
      count: 3,
      provenance: quoted(AWARDS),
    },
  },
  {
    type: 'ReportFigure',
    data: {
      figureId: 'figure:2011/ubnd-tinh',
      figure: { measure: 'awards', period: 2011, stage: 'decided', decidingBody: 'province-peoples-committee', recipientKind: 'collective' },
      value: 3,
      provenance: quoted(AWARDS),
    },
  },
];

const recorded = async () => {
  const ledger = makeCampaignLedger({ store: makeInMemoryEventStore({ codec: CampaignEvent }), campaignId: 'xa-ka-lang', organisationId: KA_LANG });
  for (const command of commands) {
    const result = await ledger.record(command)();
    if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
  }
  return ledger;
};

const right = <A>(result: E.Either<unknown, A>): A => {
  if (E.isLeft(result)) throw new Error(`expected Right, got ${JSON.stringify(result.left)}`);
  return result.right;
};

describe('a history that defines its own terms', () => {
  it('refuses its terms before they are defined', async () => {
    const ledger = makeCampaignLedger({ store: makeInMemoryEventStore({ codec: CampaignEvent }), campaignId: 'xa-ka-lang' });
    for (const command of commands.slice(0, 2)) right(await ledger.record(command)());
    const early = await ledger.record(commands[6])();
    expect(E.isLeft(early) && early.left._tag === 'Rejected' && early.left.error).toMatchObject({ _tag: 'UnknownTerm', kind: 'participant-category', termId: 'youth-union-members' });
  });

  it('relates them as it defined them, and makes its group from the parts that partition it', async () => {
    const figures = right(await (await recorded()).figures()());
    expect(termRelation(figures.facts, 'youth-union-members', GROUP)).toBe('narrower');
    expect(termRelation(figures.facts, 'youth-union-members', 'association-members')).toBe('disjoint');
    expect(termRelation(figures.facts, GROUP, 'party-members')).toBe('overlaps');
    expect(termPartitions(figures.facts, GROUP)).toEqual([['youth-union-members', 'association-members']]);
    // Any kind of term, read in the same vocabulary.
    expect(termRelation(figures.facts, 'decided-by-district', 'decided', 'award-stage')).toBe('narrower');
    expect(termPartitions(figures.facts, 'reward-or-commendation', 'award-kind')).toEqual([['reward', 'commendation']]);
    const group = figures.figure({ measure: 'participants', period: 2011, organisationId: KA_LANG, category: GROUP, countUnit: 'person' });
    expect(group).toMatchObject({ status: 'computed', value: 200, fromCategories: { categories: ['youth-union-members', 'association-members'] } });
  });

  it('labels its figures with its own words, in both languages', async () => {
    const ledger = await recorded();
    const vi = right(await ledger.report()());
    const labels = vi.report.groups.flatMap((g) => g.sections.flatMap((s) => s.rows.map((r) => r.label.vi)));
    expect(labels).toEqual(
      expect.arrayContaining([
        'Người tham gia, đoàn viên (người)',
        'Người tham gia, hội viên (người)',
        'Người tham gia, đoàn viên, hội viên (người)',
        'Biểu dương, khen thưởng, quyết định, tập thể, UBND tỉnh',
        'Biểu dương, khen thưởng, quyết định, khen thưởng, tập thể, bằng khen',
      ]),
    );
    expect(vi.report.audit?.reconciliation.alarms).toEqual([]);
    const en = right(await ledger.report({ lang: 'en' })());
    expect(en.text).toContain("Awards, decided, collectives, the provincial People's Committee");
    expect(en.text).toContain('Participants, youth union and association members (persons)');
  });
});
