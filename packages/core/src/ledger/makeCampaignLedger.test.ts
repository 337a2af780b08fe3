import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { asOfPosition } from '../audit/asOf';
import { CampaignEvent } from '../events/campaignEvent';
import { makeInMemoryEventStore } from '../store/inMemoryEventStore';
import { describeRecordError } from './describeRecordError';
import { makeCampaignLedger } from './makeCampaignLedger';

const by = { recordedBy: 'commune-app', source: { document: 'Sổ theo dõi học tập 2011' } };
const KA_LANG = 'org:ka-lang';

const commands = [
  { type: 'LaunchCampaign', data: { campaignId: 'xa-ka-lang', title: 'Học tập và làm theo tấm gương đạo đức Hồ Chí Minh', launchedOn: '2011-06-01', provenance: by } },
  { type: 'RegisterOrganisation', data: { organisationId: KA_LANG, name: 'Đảng bộ xã Ka Lăng', kind: 'grassroots-party-committee', bloc: 'rural', provenance: by } },
  { type: 'DeclareEligiblePopulation', data: { factId: 'eligible:2011', organisationId: KA_LANG, period: 2011, category: 'party-members', count: 120, provenance: by } },
  { type: 'HoldClass', data: { classId: 'class:2011-07', year: 2011, organiserId: KA_LANG, organiserLevel: 'unit', startsOn: '2011-07-15', provenance: by } },
  { type: 'RecordAttendance', data: { classId: 'class:2011-07', category: 'party-members', countUnit: 'person', count: 113, provenance: by } },
  {
    type: 'ReportFigure',
    data: {
      figureId: 'figure:2011/party-members',
      figure: { measure: 'participation-rate', period: 2011, category: 'party-members', organisationId: KA_LANG },
      numerator: 113,
      denominator: 120,
      percent: { scaled: 95, decimals: 0 },
      provenance: { ...by, source: { ...by.source, quote: '113/120 đảng viên, đạt 95%' } },
    },
  },
];

const RATE = { measure: 'participation-rate', period: 2011, category: 'party-members', organisationId: KA_LANG } as const;

const recordedLedger = async () => {
  const store = makeInMemoryEventStore({ codec: CampaignEvent });
  const ledger = makeCampaignLedger({ store, campaignId: 'xa-ka-lang', organisationId: KA_LANG });
  for (const command of commands) {
    const recorded = await ledger.record(command)();
    if (E.isLeft(recorded)) throw new Error(JSON.stringify(recorded.left));
  }
  return { store, ledger };
};

const right = <A>(result: E.Either<unknown, A>): A => {
  if (E.isLeft(result)) throw new Error(`expected Right, got ${JSON.stringify(result.left)}`);
  return result.right;
};

describe('makeCampaignLedger', () => {
  it('records commands, one stream revision after another', async () => {
    const store = makeInMemoryEventStore({ codec: CampaignEvent });
    const ledger = makeCampaignLedger({ store, campaignId: 'xa-ka-lang' });
    const first = right(await ledger.record(commands[0])());
    expect(first.revision).toBe(0);
    expect(first.events.map((e) => [e.stream, e.event.type])).toEqual([['campaign-xa-ka-lang', 'CampaignLaunched']]);
    expect(right(await ledger.record(commands[1])()).revision).toBe(1);
  });

  it('answers bad input, a refused command and another campaign with tagged values, recording nothing', async () => {
    const { ledger, store } = await recordedLedger();
    const before = right(await store.readAll()()).length;
    const bad = await ledger.record({ type: 'HoldClass', data: { classId: 'class:x', year: 'twenty' } })();
    expect(E.isLeft(bad) && bad.left._tag).toBe('InvalidInput');
    const refused = await ledger.record({ ...commands[4], data: { ...commands[4]?.data, classId: 'class:unknown' } })();
    expect(E.isLeft(refused) && refused.left._tag).toBe('Rejected');
    const other = await ledger.record({ ...commands[0], data: { ...commands[0]?.data, campaignId: 'muong-te' } })();
    expect(other).toEqual(E.left({ _tag: 'CampaignMismatch', expected: 'xa-ka-lang', found: 'muong-te' }));
    expect(E.isLeft(other) && describeRecordError(other.left)).toBe('this ledger records the campaign xa-ka-lang; the command launches the campaign muong-te');
    expect(E.isLeft(refused) && describeRecordError(refused.left)).toMatch(/^the command was rejected: /);
    expect(E.isLeft(bad) && describeRecordError(bad.left)).toMatch(/^command is invalid: data\.year: expected Year/);
    expect(right(await store.readAll()())).toHaveLength(before);
  });

  it('computes figures from the log, and as of an earlier position', async () => {
    const { ledger } = await recordedLedger();
    const now = right(await ledger.figures()());
    expect(now.figure(RATE).rate?.percent).toEqual({ numerator: 113, denominator: 120, scaled: 9417, decimals: 2 });
    const before = right(await ledger.figures(asOfPosition(4))());
    expect(before.figure(RATE)).toMatchObject({ status: 'not-computable', reason: 'no participants of party members counted in persons for 2011' });
  });

  it('prints the report with its audit in either language, each statement carrying the audit’s verdict', async () => {
    const { ledger } = await recordedLedger();
    const vi = right(await ledger.report()());
    expect(vi.text).toContain('113/120 = 94,17%');
    expect(vi.text).toContain('đạt 95% ≠');
    const row = vi.report.groups.flatMap((g) => g.sections.flatMap((s) => s.rows)).find((r) => r.stated.length > 0);
    expect(row?.stated[0]?.verdict).toMatchObject({ kind: 'percent-mismatches-fraction', alarm: true, agreement: 'differs' });
    expect(vi.report.audit?.reconciliation.alarms.map((r) => r.figureId)).toEqual(['figure:2011/party-members']);
    expect(vi.report.audit?.log._tag).toBe('Intact');
    const en = right(await ledger.report({ lang: 'en' })());
    expect(en.text).toContain('113/120 = 94.17%');
    expect(en.report.scope).toEqual({ organisationId: KA_LANG, name: 'Đảng bộ xã Ka Lăng' });
  });

  it('audits, explains, verifies and digests', async () => {
    const { ledger } = await recordedLedger();
    const audit = right(await ledger.audit()());
    expect(audit.reconciliation.statedFigures).toBe(1);
    expect(audit.rules.rules).toBeGreaterThan(0);
    const lineage = right(await ledger.explain(RATE)());
    expect(lineage.entries.map((e) => [e.eventType, e.value, e.side])).toEqual([
      ['AttendanceRecorded', 113, 'numerator'],
      ['EligiblePopulationDeclared', 120, 'denominator'],
    ]);
    expect(right(await ledger.verify()())).toMatchObject({ _tag: 'Intact', eventCount: commands.length });
    expect(right(await ledger.digest()())).toMatchObject({ eventCount: commands.length, headPosition: commands.length });
  });

  it('reads only its own campaign from a store that holds several', async () => {
    const { store } = await recordedLedger();
    const other = makeCampaignLedger({ store, campaignId: 'muong-te' });
    right(await other.record({ type: 'LaunchCampaign', data: { campaignId: 'muong-te', title: 'Mường Tè', launchedOn: '2006-11-26', provenance: by } })());
    right(await other.record({ ...commands[1], data: { ...commands[1]?.data, organisationId: 'org:muong-te', name: 'Huyện ủy Mường Tè', kind: 'district-committee' } })());
    const ka = makeCampaignLedger({ store, campaignId: 'xa-ka-lang' });
    expect(right(await ka.report()()).report.campaign?.id).toBe('xa-ka-lang');
    expect(right(await other.figures()()).figure(RATE).status).toBe('no-data');
  });
});
