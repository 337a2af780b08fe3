// The README's embedding example as a function: an app records one class operationally, with the
// figure its committee reported, and reads the audit and the rate back through the ledger.
import { CampaignEvent, type CampaignCommandInput, formatPercent, makeCampaignLedger, makeInMemoryEventStore } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';

const by = { recordedBy: 'commune-app', source: { document: 'Sổ theo dõi học tập 2011' } };
const org = 'org:ka-lang';

const commands: ReadonlyArray<CampaignCommandInput> = [
  { type: 'LaunchCampaign', data: { campaignId: 'xa-ka-lang', title: 'Học tập và làm theo tấm gương đạo đức Hồ Chí Minh', launchedOn: '2011-06-01', provenance: by } },
  { type: 'RegisterOrganisation', data: { organisationId: org, name: 'Đảng bộ xã Ka Lăng', kind: 'grassroots-party-committee', bloc: 'rural', provenance: by } },
  { type: 'DeclareEligiblePopulation', data: { factId: 'eligible:2011', organisationId: org, period: 2011, category: 'party-members', count: 120, provenance: by } },
  { type: 'HoldClass', data: { classId: 'class:2011-07', year: 2011, organiserId: org, organiserLevel: 'unit', startsOn: '2011-07-15', provenance: by } },
  { type: 'RecordAttendance', data: { classId: 'class:2011-07', category: 'party-members', countUnit: 'person', count: 113, provenance: by } },
  {
    type: 'ReportFigure',
    data: {
      figureId: 'figure:2011/party-members',
      figure: { measure: 'participation-rate', period: 2011, category: 'party-members', organisationId: org },
      numerator: 113,
      denominator: 120,
      percent: { scaled: 95, decimals: 0 },
      countUnit: 'person',
      provenance: by,
    },
  },
];

/** What the app learns: the rate it computed, and the audit's alarms on what the committee wrote. */
export interface ClassRecorded {
  readonly rate: string;
  readonly alarms: ReadonlyArray<string>;
}

/** Records the commands through the ledger, then reads the party members' rate of 2011 and the audit. */
export const recordAClass = async (): Promise<E.Either<string, ClassRecorded>> => {
  const ledger = makeCampaignLedger({ store: makeInMemoryEventStore({ codec: CampaignEvent }), campaignId: 'xa-ka-lang', organisationId: org });
  for (const command of commands) {
    const recorded = await ledger.record(command)();
    if (E.isLeft(recorded)) return E.left(`${command.type} was not recorded: ${recorded.left._tag}`);
  }
  const figures = await ledger.figures()();
  const report = await ledger.report({ lang: 'en' })();
  if (E.isLeft(figures) || E.isLeft(report)) return E.left('the log cannot be read');
  const percent = figures.right.figure({ measure: 'participation-rate', period: 2011, category: 'party-members', organisationId: org }).rate?.percent;
  if (percent === undefined || percent === null) return E.left('the rate is not computable');
  return E.right({
    rate: `${percent.numerator}/${percent.denominator} = ${formatPercent(percent, 'en')}`,
    alarms: (report.right.report.audit?.reconciliation.alarms ?? []).map((a) => `${a.figureId}: ${a.arithmetic.line.en}`),
  });
};
