import type { OrganisationKind } from '../model/organisationKind';
import { inVocabularyOrder } from '../model/vocabulary';
import { factsOf, type CampaignFacts } from './campaignFacts';
import { steeringCommitteeMembersFigure, steeringCommitteesFigure } from './committeesFigure';
import { vocabularyOf } from './factsVocabulary';
import type { Figure } from './figure';
import { kindOf } from './organisationTree';
import { ifData, scopeFields, type ViewScope } from './viewSupport';

/** Steering committees and their members, for all member kinds or one. */
export interface SteeringCommitteesCell {
  readonly committees?: Figure;
  readonly members?: Figure;
}

/** Steering committees overall and by the kind of organisation whose committee it is. */
export interface SteeringCommitteesView extends SteeringCommitteesCell {
  readonly byMemberKind: ReadonlyArray<SteeringCommitteesCell & { readonly memberKind: OrganisationKind }>;
}

/** Steering committees of an organisation's subtree (or the campaign), overall and by member kind present, with data only. */
export const steeringCommitteesView = (facts: CampaignFacts, scope: ViewScope = {}): SteeringCommitteesView => {
  const present = new Set<OrganisationKind>([
    ...factsOf(facts, 'SteeringCommitteesReported').flatMap((f) => (f.data.memberKind === undefined ? [] : [f.data.memberKind])),
    ...factsOf(facts, 'SteeringCommitteeFormed').flatMap((f) => {
      const kind = kindOf(facts, f.data.organisationId);
      return kind === undefined ? [] : [kind];
    }),
  ]);
  const cell = (memberKind?: OrganisationKind): SteeringCommitteesCell => {
    const key = { ...scopeFields(scope), ...(memberKind === undefined ? {} : { memberKind }) };
    return {
      ...ifData('committees', steeringCommitteesFigure(facts, { measure: 'steering-committees', ...key })),
      ...ifData('members', steeringCommitteeMembersFigure(facts, { measure: 'steering-committee-members', ...key })),
    };
  };
  const byMemberKind = inVocabularyOrder(vocabularyOf(facts), 'organisation-kind', present)
    .map((memberKind) => ({ memberKind, ...cell(memberKind) }))
    .filter((c) => c.committees !== undefined || c.members !== undefined);
  return { ...cell(), byMemberKind };
};
