import { PersistentMap } from '../projections/persistentMap';
import { PersistentSet } from '../projections/persistentSet';
import type { CampaignState } from './campaignState';
import type { FieldOf } from './rules';
import { idNamespaces } from './rules';

/**
 * A set with one more item, never mutating the one given, so a state handed out earlier never
 * changes under its holder; a persistent set shares all but one path with it, so a stream's fold
 * stays linear.
 */
export const withItem = (set: ReadonlySet<string>, item: string): ReadonlySet<string> => PersistentSet.of(set).add(item);

/** A map with one more entry, never mutating the one given, sharing all but one path with it. */
export const withEntry = <V>(map: ReadonlyMap<string, V>, key: string, value: V): ReadonlyMap<string, V> => PersistentMap.of(map).set(key, value);

// The namespaces that are plain sets of ids; the others keep what the rules need beside each id.
type SetEntity = {
  [K in keyof typeof idNamespaces]: CampaignState[(typeof idNamespaces)[K]] extends ReadonlySet<string> ? K : never;
}[keyof typeof idNamespaces];

/**
 * The evolve of an event whose id, in `field`, is all the rules need to remember: it is added to
 * the namespace of its entity, where `newId` finds it taken.
 */
export const rememberId =
  <D>(entity: SetEntity, field: FieldOf<D, string>) =>
  (state: CampaignState, data: D): CampaignState => {
    const namespace = idNamespaces[entity];
    const id = (data as Readonly<Record<string, string>>)[field] as string;
    return { ...state, [namespace]: withItem(state[namespace], id) };
  };

/** The evolve of an event no rule depends on: the state is unchanged. */
export const rememberNothing = (state: CampaignState): CampaignState => state;
