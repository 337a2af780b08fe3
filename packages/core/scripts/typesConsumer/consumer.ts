// A consumer of the published types: the README's embedding example, checked against dist by measureTypes.ts.
import {
  CampaignCommand,
  CampaignEvent,
  campaignDecider,
  campaignDomainDate,
  campaignFactsProjection,
  campaignStreamName,
  figureKey,
  figureOf,
  handleCommand,
  makeInMemoryEventStore,
  runProjection,
} from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';

const store = makeInMemoryEventStore({ codec: CampaignEvent });
const by = { recordedBy: 'commune-app', source: { document: 'Sổ theo dõi học tập 2011' } };

const result = await handleCommand({
  store,
  decider: campaignDecider,
  stream: campaignStreamName('xa-ka-lang'),
  command: {
    type: 'HoldClass',
    data: { classId: 'class:2011-07', year: 2011, organiserId: 'org:ka-lang', organiserLevel: 'unit', startsOn: '2011-07-15', provenance: by },
  },
  commandCodec: CampaignCommand,
  domainDateOf: campaignDomainDate,
})();
if (E.isLeft(result)) console.error(result.left._tag);

const log = await store.readAll()();
if (E.isRight(log)) {
  const facts = runProjection(campaignFactsProjection, log.right);
  const rate = figureOf(facts, figureKey({ measure: 'participation-rate', period: 2011, category: 'party-members', organisationId: 'org:ka-lang' }));
  console.log(rate.status, rate.rate?.percent, rate.contributions.map((c) => c.eventId));
}
