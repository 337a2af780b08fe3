import type { CampaignState } from './campaignState';
import type { FieldOf } from './rules';
import { idNamespaces } from './rules';

/** A set with one more item; copies rather than mutates, so a state handed out earlier never changes under its holder. */
export const withItem = (set: ReadonlySet<string>, item: string): ReadonlySet<string> => new Set(set).add(item);

/** A map with one more entry; copies rather than mutates. */
export const withEntry = <V>(map: ReadonlyMap<string, V>, key: string, value: V): ReadonlyMap<string, V> =>
  new Map(map).set(key, value);

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
