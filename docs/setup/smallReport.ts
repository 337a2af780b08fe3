// Set-up `smallReport`: a district of two communes, for the short reports of docs/audit.md. Each
// call of `auditOf` records a campaign, the three organisations and the commands it is given into
// a fresh in-memory store, and returns the audit of what was recorded.
import {
  type AuditSection,
  CampaignEvent,
  type CampaignCommandInput,
  describeRecordError,
  makeCampaignLedger,
  makeInMemoryEventStore,
} from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';

/** Where the commands of the examples come from. */
export const by = { recordedBy: 'docs', source: { document: 'Báo cáo của Huyện ủy' } };

/** The district, and the two communes below it. */
export const district = 'org:district';
export const communeA = 'org:commune-a';
export const communeB = 'org:commune-b';

/** The provenance of a figure read from a sentence of the report. */
export const quoted = (quote: string) => ({ ...by, source: { ...by.source, quote } });

const opening: ReadonlyArray<CampaignCommandInput> = [
  { type: 'LaunchCampaign', data: { campaignId: 'district', launchedOn: '2007-01-01', title: 'Học tập và làm theo tấm gương đạo đức Hồ Chí Minh', provenance: by } },
  { type: 'RegisterOrganisation', data: { organisationId: district, name: 'Huyện ủy', kind: 'district-committee', provenance: by } },
  { type: 'RegisterOrganisation', data: { organisationId: communeA, name: 'Đảng bộ xã A', kind: 'grassroots-party-committee', parentId: district, bloc: 'rural', provenance: by } },
  { type: 'RegisterOrganisation', data: { organisationId: communeB, name: 'Đảng bộ xã B', kind: 'grassroots-party-committee', parentId: district, bloc: 'rural', provenance: by } },
];

/** Records the campaign, the district and its communes, then the commands, and returns the audit with the built-in rules. */
export const auditOf = async (commands: ReadonlyArray<CampaignCommandInput>): Promise<AuditSection> => {
  const ledger = makeCampaignLedger({ store: makeInMemoryEventStore({ codec: CampaignEvent }), campaignId: 'district', organisationId: district });
  for (const command of [...opening, ...commands]) {
    const recorded = await ledger.record(command)();
    if (E.isLeft(recorded)) throw new Error(`${command.type}: ${describeRecordError(recorded.left)}`);
  }
  const audit = await ledger.audit()();
  if (E.isLeft(audit)) throw new Error(`the log cannot be read: ${audit.left._tag}`);
  return audit.right;
};
