import type { Bloc } from '../model/bloc';
import type { OrganisationKind } from '../model/organisationKind';
import type { CampaignFacts } from './campaignFacts';

/**
 * The ancestors of an organisation, nearest first, following `parentId` through the registry.
 * The walk stops at an unregistered parent and at a cycle, so bad data cannot hang a figure.
 */
export const ancestorsOf = (facts: CampaignFacts, organisationId: string): ReadonlyArray<string> => {
  const out: string[] = [];
  const seen = new Set<string>([organisationId]);
  let parent = facts.organisations.get(organisationId)?.data.parentId;
  while (parent !== undefined && !seen.has(parent)) {
    out.push(parent);
    seen.add(parent);
    parent = facts.organisations.get(parent)?.data.parentId;
  }
  return out;
};

/** Whether an organisation is `ancestorId` itself or stands below it: how a province's figure takes in its districts. */
export const isWithin = (facts: CampaignFacts, organisationId: string, ancestorId: string): boolean =>
  organisationId === ancestorId || ancestorsOf(facts, organisationId).includes(ancestorId);

/** Whether an organisation stands below `ancestorId` (and is not `ancestorId` itself). */
export const isStrictlyWithin = (facts: CampaignFacts, organisationId: string, ancestorId: string): boolean =>
  organisationId !== ancestorId && ancestorsOf(facts, organisationId).includes(ancestorId);

/**
 * The bloc an organisation belongs to: its own, else that of its nearest ancestor that has one.
 * A cell under a rural commune is rural even when only the commune was registered with a bloc.
 */
export const blocOf = (facts: CampaignFacts, organisationId: string): Bloc | undefined => {
  const own = facts.organisations.get(organisationId)?.data.bloc;
  if (own !== undefined) return own;
  for (const ancestor of ancestorsOf(facts, organisationId)) {
    const bloc = facts.organisations.get(ancestor)?.data.bloc;
    if (bloc !== undefined) return bloc;
  }
  return undefined;
};

/** The kind a registered organisation has, or undefined when it was never registered. */
export const kindOf = (facts: CampaignFacts, organisationId: string): OrganisationKind | undefined =>
  facts.organisations.get(organisationId)?.data.kind;
