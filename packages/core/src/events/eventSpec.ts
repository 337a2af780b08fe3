import type { CampaignState } from '../decider/campaignState';
import type { RecordingRules } from '../decider/recordingRules';
import type { Codec } from '../model/declaredCodec';
import type { Measure } from '../model/figureKey';
import type { CampaignFacts, Fact, RegistryName } from '../projections/campaignFacts';
import type { PartNumber, VersionValue } from '../projections/factNumbers';
import type {
  CampaignCommandOf,
  CampaignEventOf,
  CampaignEventType,
  CommandTypeOf,
  CorrectableEventType,
  EventDataOf,
} from './campaignEvent';

/** How a fact stands towards the others, as the catalog sorts them (see docs/projections.md). */
export type Grain = 'registry' | 'operational' | 'summary' | 'either' | 'statement' | 'correction';

/** How docs/events.md describes an event type in its table of grains. */
export interface CatalogDescription {
  readonly grain: Grain;
  /** What the fact says, in a few words. */
  readonly says: string;
}

/** The command that records an event type: its type name and its codec. */
export interface CommandSpec<T extends CampaignEventType> {
  readonly type: CommandTypeOf<T>;
  readonly codec: Codec<CampaignCommandOf<T>>;
}

/** The registries of CampaignFacts that can keep facts of type T by their id: those that hold exactly Fact<T> (for a union, those of each member). */
export type RegistryOf<T extends CampaignEventType> = T extends CampaignEventType
  ? {
      [R in RegistryName]: [CampaignFacts[R]] extends [ReadonlyMap<string, Fact<T>>]
        ? [ReadonlyMap<string, Fact<T>>] extends [CampaignFacts[R]]
          ? R
          : never
        : never;
    }[RegistryName]
  : never;

/** What a correctable event type adds: how a superseded version of its fact is valued in a figure's lineage. */
export interface CorrectionSpec<T extends CampaignEventType> {
  /** The number one version of the fact states for a measure (`versionValue`). */
  readonly versionValue: (data: EventDataOf<T>, measure: Measure) => VersionValue;
}

/**
 * Everything the ledger knows about one event type, in one place: its codecs, the command that
 * records it and the rules that command must pass, how each fold takes it in, and how the
 * catalog describes it. The lists that once named every event type (the codec unions, factIdOf,
 * the decider's cases, campaignDomainDate, the facts projection, partNumber, versionValue, the
 * catalog docs) are all read from the table of these, `campaignEventSpecs`.
 *
 * Handlers take the event's payload; a handler that does not apply to the type says so with a
 * value (`registry: null`, `correction: null`, `rememberNothing`) rather than by being left
 * out, so a new event type that forgets one does not compile.
 */
export interface EventSpec<T extends CampaignEventType> {
  /** The codec of the event `{ type, data }`; the catalog's union `CampaignEvent` is made of these. */
  readonly codec: Codec<CampaignEventOf<T>>;
  /** The codec of the payload alone: checkpoints decode facts with it and the docs read its fields. */
  readonly data: Codec<EventDataOf<T>>;
  /** The command that records the event. */
  readonly command: CommandSpec<T>;
  /** How docs/events.md describes the event type. */
  readonly catalog: CatalogDescription;
  /**
   * The fact's own id inside its event (`factIdOf`), or for facts without one a key built from
   * what names them; a correction names the fact it corrects by it.
   */
  readonly factId: (data: EventDataOf<T>) => string;
  /** How the decider turns the command into the event: rules checked by `decideByRules`. */
  readonly decide: RecordingRules<EventDataOf<T>>;
  /** How the decider's state remembers the event, for the rules of later commands. */
  readonly evolve: (state: CampaignState, data: EventDataOf<T>) => CampaignState;
  /** The day the event happened in the campaign (`campaignDomainDate`), or null for registry facts without one. */
  readonly domainDate: (data: EventDataOf<T>) => string | null;
  /**
   * The registry of the facts projection that keeps the fact by its id, besides the log every
   * fact is folded into; null when it is kept in the log only.
   */
  readonly registry: RegistryOf<T> | null;
  /** The number the fact gives towards a figure of a measure (`partNumber`); undefined when it gives none. */
  readonly partNumber: (data: EventDataOf<T>, measure: Measure) => PartNumber | undefined;
  /** For an event type a correction may replace, what a version of its fact states; null for the others. */
  readonly correction: T extends CorrectableEventType ? CorrectionSpec<T> : null;
}

/**
 * The type of the spec table: one entry per event type. A mapped type over the event-type union,
 * so a missing entry, or an entry that misses a handler, is a compile error.
 */
export type CampaignEventSpecs = { readonly [T in CampaignEventType]: EventSpec<T> };
