import { CampaignEvent, type CampaignReport, makeCampaignLedger, makeInMemoryEventStore } from '@campaign-ledger/core';
import { CAMPAIGN_ID, muongTeHistory, org, replayHistory } from '@campaign-ledger/fixtures';
import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BarChart, type RateChart, chartsOf } from './chartData';

let report: CampaignReport;

beforeAll(async () => {
  const store = makeInMemoryEventStore({ codec: CampaignEvent });
  const replayed = await replayHistory(store, muongTeHistory);
  if (E.isLeft(replayed)) throw new Error(replayed.left.message);
  const built = await makeCampaignLedger({ store, campaignId: CAMPAIGN_ID, organisationId: org.district }).report()();
  if (E.isLeft(built)) throw new Error(built.left._tag);
  report = built.right.report;
}, 60_000);

const bars = (id: string): BarChart => {
  const chart = chartsOf(report, 'vi').find((c) => c.id === id);
  if (chart?._tag !== 'Bars') throw new Error(`no bar chart ${id}`);
  return chart;
};

describe('chartsOf', () => {
  it('draws persons and attendances in charts of their own', () => {
    const persons = bars('participation-person');
    const attendances = bars('participation-attendance');
    expect(persons.unit).toBe('người');
    expect(attendances.unit).toBe('lượt người');
    expect(attendances.bars).toEqual([{ group: '2008', series: 'người tham gia (mọi đối tượng)', value: 5245 }]);
    expect(persons.bars).toContainEqual({ group: '2007', series: 'người tham gia (mọi đối tượng)', value: 3573 });
    expect(persons.bars.some((b) => b.value === 5245)).toBe(false);
  });

  it('draws each rate over its eligible total, with the percentage computed from its fraction', () => {
    const rates = chartsOf(report, 'en').find((c) => c.id === 'rates') as RateChart;
    expect(rates.rates).toContainEqual({ group: '2009', series: 'party members', numerator: 2181, denominator: 2321, percent: '93.97%' });
  });

  it('gives classes by bloc and by level, each a slice of one dimension only', () => {
    expect(bars('classes-by-bloc').bars).toContainEqual({ group: '2007', series: 'khối nông thôn', value: 20 });
    expect(bars('classes-by-level').bars.map((b) => b.value)).toEqual([1, 52, 6, 28, 7, 33]);
  });

  it('charts each contest apart, and awards by stage, kind and recipient with the stages in the legend', () => {
    const contests = chartsOf(report, 'vi').filter((c) => c.id.startsWith('contest-'));
    expect(contests.length).toBe(new Set(report.groups.flatMap((g) => g.sections.flatMap((s) => s.rows.flatMap((r) => (r.contest === undefined ? [] : [r.contest.contestId]))))).size);
    const awards = bars('awards');
    expect(awards.legend?.length).toBe(3);
    expect(awards.bars).toContainEqual({ group: 'tập thể', series: 'Ban Thường vụ Huyện ủy quyết định: mọi hình thức', value: 44, colour: 'Ban Thường vụ Huyện ủy quyết định' });
  });

  it('leaves out a chart with nothing to draw', () => {
    const empty = { ...report, groups: [] };
    expect(chartsOf(empty, 'vi')).toEqual([]);
  });
});
