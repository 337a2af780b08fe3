// The README's embedding example: an app records one class operationally and reads a rate back.
import {
  CampaignCommand,
  CampaignEvent,
  type CampaignCommandInput,
  campaignDecider,
  campaignDomainDate,
  campaignFactsProjection,
  campaignStreamName,
  describeHandleCommandError,
  figureKey,
  figureOf,
  formatFraction,
  formatPercent,
  handleCommand,
  makeInMemoryEventStore,
  runProjection,
} from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';

const by = { recordedBy: 'commune-app', source: { document: 'Sổ theo dõi học tập 2011' } };

const commands: ReadonlyArray<CampaignCommandInput> = [
  { type: 'LaunchCampaign', data: { campaignId: 'xa-ka-lang', title: 'Học tập và làm theo tấm gương đạo đức Hồ Chí Minh', launchedOn: '2011-06-01', provenance: by } },
  { type: 'RegisterOrganisation', data: { organisationId: 'org:ka-lang', name: 'Đảng bộ xã Ka Lăng', kind: 'grassroots-party-committee', bloc: 'rural', provenance: by } },
  { type: 'DeclareEligiblePopulation', data: { factId: 'eligible:2011', organisationId: 'org:ka-lang', period: 2011, category: 'party-members', count: 120, provenance: by } },
  { type: 'HoldClass', data: { classId: 'class:2011-07', year: 2011, organiserId: 'org:ka-lang', organiserLevel: 'unit', startsOn: '2011-07-15', provenance: by } },
  { type: 'RecordAttendance', data: { classId: 'class:2011-07', category: 'party-members', countUnit: 'person', count: 113, provenance: by } },
];

/** Records the commands, then computes the party members' participation rate of 2011. */
export const recordAClass = async (): Promise<string> => {
  const store = makeInMemoryEventStore({ codec: CampaignEvent });
  for (const command of commands) {
    const result = await handleCommand({
      store,
      decider: campaignDecider,
      stream: campaignStreamName('xa-ka-lang'),
      command,
      commandCodec: CampaignCommand,
      domainDateOf: campaignDomainDate,
    })();
    if (E.isLeft(result)) return `refused: ${describeHandleCommandError(result.left)}`;
  }
  const log = await store.readAll()();
  if (E.isLeft(log)) return `unreadable: ${log.left._tag}`;
  const facts = runProjection(campaignFactsProjection, log.right);
  const rate = figureOf(facts, figureKey({ measure: 'participation-rate', period: 2011, category: 'party-members', organisationId: 'org:ka-lang' }));
  const p = rate.rate?.percent;
  return p ? `${formatFraction(p.numerator, p.denominator, 'en')} = ${formatPercent(p, 'en')}` : `not computable: ${rate.reason}`;
};
