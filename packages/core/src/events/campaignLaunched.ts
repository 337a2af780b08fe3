import { normalizing } from '../decider/normalizeFields';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { IsoDate } from '../model/isoDate';
import { NonEmptyText } from '../model/nonEmptyText';
import { Provenance } from '../model/provenance';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of CampaignLaunched. */
export interface CampaignLaunchedData {
  campaignId: Id;
  title: NonEmptyText;
  provenance: Provenance;
  launchedOn?: IsoDate;
  directiveNumber?: NonEmptyText;
}
/** The payload of CampaignLaunched. */
export const CampaignLaunchedData: Codec<CampaignLaunchedData> = declared<CampaignLaunchedData>()(
  fields(
    {
      campaignId: Id,
      title: NonEmptyText,
      provenance: Provenance,
    },
    {
      launchedOn: IsoDate,
      directiveNumber: NonEmptyText,
    },
    'CampaignLaunchedData',
  ),
);

/** The campaign (Cuộc vận động) was launched in this ledger: the first event of every campaign stream. */
export interface CampaignLaunched {
  type: 'CampaignLaunched';
  data: CampaignLaunchedData;
}
/** The campaign (Cuộc vận động) was launched in this ledger: the first event of every campaign stream. */
export const CampaignLaunched: Codec<CampaignLaunched> = tagged<CampaignLaunched>()('CampaignLaunched', CampaignLaunchedData);

/** Asks to record CampaignLaunched: the campaign (Cuộc vận động) was launched in this ledger: the first event of every campaign stream. */
export interface LaunchCampaign {
  type: 'LaunchCampaign';
  data: CampaignLaunchedData;
}
/** Asks to record CampaignLaunched. */
export const LaunchCampaign: Codec<LaunchCampaign> = tagged<LaunchCampaign>()('LaunchCampaign', CampaignLaunchedData);

/** How the ledger handles CampaignLaunched: its codecs, the rules of LaunchCampaign, and how each fold takes it in. */
export const campaignLaunchedSpec: EventSpec<'CampaignLaunched'> = {
  codec: CampaignLaunched,
  data: CampaignLaunchedData,
  command: { type: 'LaunchCampaign', codec: LaunchCampaign },
  catalog: { grain: 'registry', says: "the ledger of one reporting unit's campaign begins" },
  factId: (d) => d.campaignId,
  decide: {
    // A stream holds one campaign: the launch is its identity.
    identity: (_d, state) => (state.campaignId === null ? undefined : { _tag: 'CampaignAlreadyLaunched', campaignId: state.campaignId }),
    record: normalizing(['title', 'directiveNumber']),
  },
  evolve: (state, d) => ({ ...state, campaignId: d.campaignId }),
  // A source may not say when the campaign was launched (an article): the launch then has no domain date.
  domainDate: (d) => d.launchedOn ?? null,
  registry: null,
  partNumber: () => undefined,
  correction: null,
};
