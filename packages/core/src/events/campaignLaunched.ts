import * as t from 'io-ts';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { IsoDate } from '../model/isoDate';
import { NonEmptyText } from '../model/nonEmptyText';
import { Provenance } from '../model/provenance';

/** The payload of CampaignLaunched. */
export const CampaignLaunchedData = fields(
  {
    campaignId: Id,
    title: NonEmptyText,
    launchedOn: IsoDate,
    provenance: Provenance,
  },
  {
    directiveNumber: NonEmptyText,
  },
  'CampaignLaunchedData',
);
/** The payload of CampaignLaunched. */
export type CampaignLaunchedData = t.TypeOf<typeof CampaignLaunchedData>;

/** The campaign (Cuộc vận động) was launched in this ledger: the first event of every campaign stream. */
export const CampaignLaunched = t.type({ type: t.literal('CampaignLaunched'), data: CampaignLaunchedData }, 'CampaignLaunched');
/** The campaign (Cuộc vận động) was launched in this ledger: the first event of every campaign stream. */
export type CampaignLaunched = t.TypeOf<typeof CampaignLaunched>;
