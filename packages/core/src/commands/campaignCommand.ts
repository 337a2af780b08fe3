import { campaignEventTypes, type CampaignCommandOf, type CampaignEventType, type CommandTypeOf } from '../events/campaignEvent';
import { campaignEventSpecs } from '../events/campaignEventSpecs';
import { unionOf } from '../events/unionOf';
import type { Codec, Unbranded } from '../model/declaredCodec';

/** Every command the campaign decider accepts. */
export type CampaignCommand = CampaignCommandOf<CampaignEventType>;
/** The type names of the campaign commands. */
export type CampaignCommandType = CampaignCommand['type'];

/** Every command the campaign decider accepts: the union of the command codecs of the spec table, in catalog order. */
export const CampaignCommand: Codec<CampaignCommand> = unionOf(
  campaignEventTypes.map((type) => campaignEventSpecs[type].command.codec),
  'CampaignCommand',
) as Codec<CampaignCommand>;

/** The event type each command type records. */
export type EventTypeOfCommand = { readonly [T in CampaignEventType as CommandTypeOf<T>]: T };

/** The event each command records when it is accepted, read from the spec table. */
export const eventTypeOfCommand = Object.fromEntries(
  campaignEventTypes.map((type) => [campaignEventSpecs[type].command.type, type]),
) as EventTypeOfCommand;

/** A command as plain data before decoding: the shape an application builds or reads from JSON. */
export type CampaignCommandInput = Unbranded<CampaignCommand>;
