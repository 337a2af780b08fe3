import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import * as t from 'io-ts';
import { oneOf } from '../model/codecFailures';
import { invalidInput, type InvalidInput } from '../errors/invalidInput';
import { campaignEventTypes, type CampaignEventType } from '../events/campaignEvent';
import { campaignEventSpecs } from '../events/campaignEventSpecs';
import { CorrectableEvent, correctableEventTypes, type CorrectableEventType } from '../events/factCorrected';
import { registryNames, type CampaignFacts, type Fact, type FactLog, type FactRef, type RegistryName } from '../projections/campaignFacts';
import { correctedFactKey } from '../projections/factCorrections';
import { emptyList, listInOrder, prepend, type PersistentList } from '../projections/persistentList';
import { PersistentMap } from '../projections/persistentMap';

/**
 * The format tag of the JSON form of CampaignFacts; a decoder refuses any other. Version 2 added
 * the registry of terms a history defines and the event types TermDefined and
 * ActingOrganisationsCounted: a checkpoint of version 1 is refused (CorruptCheckpoint) rather than
 * read as a history without terms. Version 3 added the event type FactRetracted and the
 * retractions: a checkpoint of version 2 is refused rather than read as a history without them.
 */
export const CAMPAIGN_FACTS_JSON_FORMAT = 'campaign-facts/3';

/** A fact in JSON: its reference and its event's payload, both already JSON values. */
export interface FactJson {
  readonly ref: FactRef;
  readonly data: unknown;
}

/** An entry of a registry, of the corrections or of the retractions in JSON: `[key, fact]`, in the map's order. */
export type FactEntryJson = readonly [string, FactJson];

/**
 * CampaignFacts as a JSON value, to checkpoint the campaign projection: each map becomes an array
 * of its entries in insertion order, each persistent list an array of its facts oldest first.
 */
export interface CampaignFactsJson {
  readonly format: typeof CAMPAIGN_FACTS_JSON_FORMAT;
  readonly lastGlobalPosition: number;
  readonly terms: ReadonlyArray<FactEntryJson>;
  readonly organisations: ReadonlyArray<FactEntryJson>;
  readonly residentialAreas: ReadonlyArray<FactEntryJson>;
  readonly documents: ReadonlyArray<FactEntryJson>;
  readonly phases: ReadonlyArray<FactEntryJson>;
  readonly topics: ReadonlyArray<FactEntryJson>;
  readonly contests: ReadonlyArray<FactEntryJson>;
  readonly classes: ReadonlyArray<FactEntryJson>;
  readonly corrections: ReadonlyArray<FactEntryJson>;
  readonly retractions: ReadonlyArray<FactEntryJson>;
  readonly log: { readonly [K in CampaignEventType]: ReadonlyArray<FactJson> };
}

// The payload codec of every event type, taken from the spec table so that a new event type is
// covered without touching this file.
const dataCodecs: ReadonlyMap<string, t.Mixed> = new Map(
  campaignEventTypes.map((type): readonly [string, t.Mixed] => [type, campaignEventSpecs[type].data]),
);

const dataCodecOf = (type: string): t.Mixed => {
  const codec = dataCodecs.get(type);
  if (codec === undefined) throw new TypeError(`campaignFactsJson: no payload codec for ${type}`);
  return codec;
};

const EventType = oneOf(Object.fromEntries(campaignEventTypes.map((type) => [type, null])) as Record<CampaignEventType, null>, 'CampaignEventType');

const Position = t.refinement(t.Int, (n) => n >= 0, 'Position');

// A reference as a superseded version keeps it: everything but a chain of its own.
const VersionRef = t.intersection(
  [
    t.type({ eventId: t.string, globalPosition: Position, recordedAt: t.string, domainDate: t.union([t.string, t.null]), eventType: EventType, factId: t.string }),
    t.partial({
      quote: t.string,
      correction: t.type({ correctionId: t.string, reason: t.string }),
      retraction: t.type({ retractionId: t.string, reason: t.string }),
    }),
  ],
  'FactRef',
);

const Ref = t.intersection([VersionRef, t.partial({ supersedes: t.array(t.type({ ref: VersionRef, event: CorrectableEvent })) })], 'FactRef');

const FactShape = t.type({ ref: Ref, data: t.unknown });

// The payload is checked against the codec of the fact's own type, and that type against where the fact is kept.
const factOf = <K extends CampaignEventType>(
  name: string,
  typeOf: (shape: t.TypeOf<typeof FactShape>) => E.Either<string, K>,
): t.Type<Fact<K>, FactJson, unknown> =>
  new t.Type<Fact<K>, FactJson, unknown>(
    name,
    (u): u is Fact<K> => FactShape.is(u) && E.isRight(typeOf(u)) && dataCodecOf(u.ref.eventType).is(u.data),
    (u, c) =>
      pipe(
        FactShape.validate(u, c),
        E.flatMap((shape) => {
          const type = typeOf(shape);
          if (E.isLeft(type)) return t.failure<Fact<K>>(shape.ref.eventType, t.appendContext(c, 'ref', Ref, shape.ref), type.left);
          const dataCodec = dataCodecOf(type.right);
          return pipe(
            dataCodec.validate(shape.data, t.appendContext(c, 'data', dataCodec, shape.data)),
            E.map((data: unknown): Fact<K> => ({ ref: shape.ref, data }) as unknown as Fact<K>),
          );
        }),
      ),
    // The catalog's codecs are brands over JSON values and exact records: a payload is its own JSON.
    (fact) => fact,
  );

const factOfType = <K extends CampaignEventType>(type: K): t.Type<Fact<K>, FactJson, unknown> =>
  factOf(`Fact<${type}>`, (shape) => (shape.ref.eventType === type ? E.right(type) : E.left(`a fact of type ${type}`)));

const correctable: ReadonlySet<string> = new Set(correctableEventTypes);

const CorrectedFact = factOf<CorrectableEventType>('CorrectedFact', (shape) =>
  correctable.has(shape.ref.eventType) ? E.right(shape.ref.eventType as CorrectableEventType) : E.left('a fact of a correctable type'),
);

// Entries in map order; a key that repeats would silently lose a fact, so it is refused.
const mapOf = <A, O>(value: t.Type<A, O, unknown>, name: string): t.Type<ReadonlyMap<string, A>, ReadonlyArray<readonly [string, O]>, unknown> => {
  const Entries = t.array(t.tuple([t.string, value]));
  return new t.Type<ReadonlyMap<string, A>, ReadonlyArray<readonly [string, O]>, unknown>(
    name,
    (u): u is ReadonlyMap<string, A> => (u instanceof Map || u instanceof PersistentMap) && [...u].every(([k, v]) => typeof k === 'string' && value.is(v)),
    (u, c) =>
      pipe(
        Entries.validate(u, c),
        E.flatMap((entries) => {
          // The fold's own kind of map, so that a resumed fold goes on sharing, never copying.
          const map = PersistentMap.of(entries);
          return map.size === entries.length ? t.success<ReadonlyMap<string, A>>(map) : t.failure(u, c, `${name} with each key once`);
        }),
      ),
    (map) => Array.from(map, ([key, v]) => [key, value.encode(v)] as const),
  );
};

const listOf = <A, O>(item: t.Type<A, O, unknown>, name: string): t.Type<PersistentList<A>, ReadonlyArray<O>, unknown> => {
  const Items = t.array(item);
  return new t.Type<PersistentList<A>, ReadonlyArray<O>, unknown>(
    name,
    (u): u is PersistentList<A> => u === null || (typeof u === 'object' && 'head' in u && 'tail' in u && 'size' in u),
    (u, c) => pipe(Items.validate(u, c), E.map((items) => items.reduce<PersistentList<A>>((list, a) => prepend(a, list), emptyList))),
    (list) => listInOrder(list).map(item.encode),
  );
};

const FactLogFromJson = t.type(
  Object.fromEntries(campaignEventTypes.map((type) => [type, listOf(factOfType(type), `FactList<${type}>`)])),
  'FactLog',
) as unknown as t.Type<FactLog, CampaignFactsJson['log'], unknown>;

const Corrections = mapOf(CorrectedFact, 'Corrections');
const Retractions = mapOf(CorrectedFact, 'Retractions');

// The event type each registry keeps, as the spec table says.
const registryTypeOf = (name: RegistryName): CampaignEventType => {
  const type = campaignEventTypes.find((t) => campaignEventSpecs[t].registry === name);
  if (type === undefined) throw new TypeError(`campaignFactsJson: no event type is kept in the registry ${name}`);
  return type;
};

type RegistryCodecs = { readonly [R in RegistryName]: t.Type<CampaignFacts[R], ReadonlyArray<FactEntryJson>, unknown> };

// Each registry checks that its facts are of the type it keeps; named 'Organisations', 'Classes', ...
const Registries = Object.fromEntries(
  registryNames.map((name) => [name, mapOf(factOfType(registryTypeOf(name)), `${name.charAt(0).toUpperCase()}${name.slice(1)}`)]),
) as unknown as RegistryCodecs;

const Shape = t.type({
  format: t.literal(CAMPAIGN_FACTS_JSON_FORMAT),
  lastGlobalPosition: Position,
  ...Registries,
  corrections: Corrections,
  retractions: Retractions,
  log: FactLogFromJson,
});

const encodeRegistries = (facts: CampaignFacts): Pick<CampaignFactsJson, RegistryName> =>
  Object.fromEntries(
    registryNames.map((name) => [name, (Registries[name] as t.Type<unknown, ReadonlyArray<FactEntryJson>, unknown>).encode(facts[name])]),
  ) as unknown as Pick<CampaignFactsJson, RegistryName>;

// A correction or a retraction is kept under the key of the fact it concerns: anything else would never be found.
const misplacedEntry = (facts: ReadonlyMap<string, Fact<CorrectableEventType>>): string | undefined =>
  [...facts].find(([key, fact]) => key !== correctedFactKey(fact.ref.eventType, fact.ref.factId))?.[0];

const isCampaignFacts = (u: unknown): u is CampaignFacts =>
  typeof u === 'object' &&
  u !== null &&
  [...registryNames, 'corrections', 'retractions'].every(
    (key) => (u as Record<string, unknown>)[key] instanceof Map,
  ) &&
  typeof (u as { readonly lastGlobalPosition?: unknown }).lastGlobalPosition === 'number';

/**
 * The codec between CampaignFacts and its JSON form (CampaignFactsJson): decoding checks every
 * fact's payload against the catalog's codec for its type, so a checkpoint written by an older
 * catalog that no longer decodes is refused rather than folded on.
 */
export const CampaignFactsFromJson = new t.Type<CampaignFacts, CampaignFactsJson, unknown>(
  'CampaignFactsFromJson',
  isCampaignFacts,
  (u, c) =>
    pipe(
      Shape.validate(u, c),
      E.flatMap(({ format: _format, ...facts }) => {
        const misplaced = misplacedEntry(facts.corrections);
        if (misplaced !== undefined)
          return t.failure<CampaignFacts>(misplaced, t.appendContext(c, 'corrections', Corrections, facts.corrections), 'the key of the fact each correction corrects');
        const misretracted = misplacedEntry(facts.retractions);
        return misretracted === undefined
          ? t.success<CampaignFacts>(facts)
          : t.failure<CampaignFacts>(misretracted, t.appendContext(c, 'retractions', Retractions, facts.retractions), 'the key of the fact each retraction withdrew');
      }),
    ),
  (facts) => ({
    format: CAMPAIGN_FACTS_JSON_FORMAT,
    lastGlobalPosition: facts.lastGlobalPosition,
    ...encodeRegistries(facts),
    corrections: Corrections.encode(facts.corrections),
    retractions: Retractions.encode(facts.retractions),
    log: FactLogFromJson.encode(facts.log),
  }),
);

/**
 * CampaignFacts as a JSON value (maps as entry arrays, persistent lists as arrays oldest first),
 * for `JSON.stringify` and a projection checkpoint. The value shares the facts' own objects, which
 * are immutable: do not mutate it.
 *
 * @example
 * await checkpoints.save('campaign-facts', facts.lastGlobalPosition, JSON.stringify(encodeCampaignFacts(facts)))();
 */
export const encodeCampaignFacts = (facts: CampaignFacts): CampaignFactsJson => CampaignFactsFromJson.encode(facts);

/**
 * CampaignFacts back from the JSON value encodeCampaignFacts made (after a JSON round trip), or
 * InvalidInput naming the first paths that do not decode; figures computed from the result equal
 * those computed from the original.
 */
export const decodeCampaignFacts = (json: unknown): E.Either<InvalidInput, CampaignFacts> =>
  pipe(
    CampaignFactsFromJson.decode(json),
    E.mapLeft((errors) => invalidInput('campaign facts', errors)),
  );
