import type { OrganisationKind } from '../model/organisationKind';
import type { CampaignFacts } from '../projections/campaignFacts';
import type { Figure } from '../projections/figure';
import { isWithin } from '../projections/organisationTree';
import type { PartIndex } from './reconcileParts';
import type { NamedOrganisation } from './reconciliation';

// The organisations whose members a figure of people covers: party committees and cells. A
// steering committee, a commission or the standing committee counts no members of its own.
const MEMBER_KINDS: ReadonlySet<OrganisationKind> = new Set<OrganisationKind>([
  'province-committee',
  'district-committee',
  'grassroots-party-committee',
  'party-cell',
]);

/**
 * What part of an organisation's scope a figure's facts cover: `whole` when a counted fact is
 * filed under the organisation itself, or when every organisation directly below it that has
 * members has a fact in its subtree (or none is registered); otherwise `partial`, with the
 * organisations below that have a fact (`covered`) and those that have none (`missing`). A
 * roll-up of eligible populations declared by only some communes is partial: it is no
 * denominator for a count of the whole district.
 */
export type ScopeCoverage =
  | { readonly _tag: 'whole' }
  | { readonly _tag: 'partial'; readonly scopeId: string; readonly covered: ReadonlyArray<string>; readonly missing: ReadonlyArray<NamedOrganisation> };

const WHOLE: ScopeCoverage = { _tag: 'whole' };

// The organisation a counted fact is filed under: its own, or for an attendance its class's organiser.
const organisationOfFact = (facts: CampaignFacts, index: PartIndex, factId: string): string | undefined => {
  const recorded = index.get(factId);
  const event = recorded?.[recorded.length - 1]?.event;
  if (event === undefined) return undefined;
  const data = event.data as { readonly organisationId?: unknown; readonly classId?: unknown };
  if (typeof data.organisationId === 'string') return data.organisationId;
  if (typeof data.classId === 'string') return facts.classes.get(data.classId)?.data.organiserId;
  return undefined;
};

/**
 * The coverage of a figure over its key's organisation (see `ScopeCoverage`). A figure with no
 * organisation in its key, or whose facts name none, is taken as whole: nothing says otherwise;
 * so is a fact filed under a body that acts for the scope (its steering committee).
 */
export const scopeCoverage = (facts: CampaignFacts, index: PartIndex, figure: Figure): ScopeCoverage => {
  const scopeId = 'organisationId' in figure.key ? figure.key.organisationId : undefined;
  if (scopeId === undefined || figure.status !== 'computed') return WHOLE;
  const places: string[] = [];
  for (const c of figure.contributions) {
    if (c.role !== 'counted') continue;
    const place = organisationOfFact(facts, index, c.factId);
    if (place === undefined || place === scopeId) return WHOLE;
    places.push(place);
  }
  const children = [...facts.organisations.values()]
    .map((o) => o.data)
    .filter((o) => o.parentId === scopeId && MEMBER_KINDS.has(o.kind))
    .map((o) => ({ organisationId: o.organisationId as string, name: o.name as string }));
  // A fact of a body that acts for the scope (its steering committee organising a class) is the scope's own.
  if (places.some((place) => !children.some((child) => isWithin(facts, place, child.organisationId)))) return WHOLE;
  const covered = children.filter((child) => places.some((place) => isWithin(facts, place, child.organisationId)));
  if (covered.length === children.length) return WHOLE;
  return {
    _tag: 'partial',
    scopeId,
    covered: covered.map((c) => c.organisationId),
    missing: children.filter((c) => !covered.includes(c)),
  };
};

/** Whether two figures cover the same part of their scope, so that one can be set against the other. */
export const sameCoverage = (a: ScopeCoverage, b: ScopeCoverage): boolean =>
  a._tag === 'whole'
    ? b._tag === 'whole'
    : b._tag === 'partial' && a.covered.length === b.covered.length && a.covered.every((id) => b.covered.includes(id));
