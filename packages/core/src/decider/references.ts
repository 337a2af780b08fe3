import type { EntityKind } from '../errors/domainError';
import { identityKey, normalizeText } from '../text/normalizeText';
import type { CampaignState } from './campaignState';
import { type Check, firstOf } from './checks';

type Ids = ReadonlySet<string> | ReadonlyMap<string, unknown>;

/** Refuses an id already taken in its namespace. */
export const requireNewId = (taken: Ids, entity: EntityKind, id: string): Check =>
  taken.has(id) ? { _tag: 'DuplicateId', entity, id } : undefined;

/** Refuses a reference, when one is given, to an organisation that is not registered. */
export const requireOrganisation = (state: CampaignState, organisationId: string | undefined, field: string): Check =>
  organisationId === undefined || state.organisations.has(organisationId)
    ? undefined
    : { _tag: 'UnknownOrganisation', organisationId, field };

/** Refuses a list of organisation references when any is unknown, naming it by index (`subjectIds.2`). */
export const requireOrganisations = (
  state: CampaignState,
  organisationIds: ReadonlyArray<string> | undefined,
  field: string,
): Check => firstOf(organisationIds, (id, i) => requireOrganisation(state, id, `${field}.${i}`));

/** Refuses a reference, when one is given, to something not recorded in its namespace. */
export const requireKnown = (known: Ids, entity: EntityKind, id: string | undefined, field: string): Check =>
  id === undefined || known.has(id) ? undefined : { _tag: 'UnknownReference', entity, id, field };

/** Refuses a reference, when one is given, to a contest that was not launched. */
export const requireContest = (state: CampaignState, contestId: string | undefined, field: string): Check =>
  contestId === undefined || state.contests.has(contestId) ? undefined : { _tag: 'ContestNotFound', contestId, field };

/** Refuses a name that, once normalised, is already the name of a sibling organisation under the same parent. */
export const requireUniqueOrganisationName = (state: CampaignState, name: string, parentId: string | undefined): Check => {
  const key = identityKey(name);
  const parent = parentId ?? null;
  for (const [existingId, o] of state.organisations) {
    if (o.parentId === parent && o.nameKey === key) {
      return { _tag: 'DuplicateName', entity: 'organisation', name: normalizeText(name), existingId };
    }
  }
  return undefined;
};

/** Refuses a residential area name that, once normalised, is already taken within the same organisation. */
export const requireUniqueAreaName = (state: CampaignState, name: string, organisationId: string): Check => {
  const key = identityKey(name);
  for (const [existingId, a] of state.residentialAreas) {
    if (a.organisationId === organisationId && a.nameKey === key) {
      return { _tag: 'DuplicateName', entity: 'residential-area', name: normalizeText(name), existingId };
    }
  }
  return undefined;
};

// A stated figure may claim to total summary facts, other stated figures, or operational facts.
const isRecorded = (state: CampaignState, id: string): boolean =>
  state.facts.has(id) ||
  state.figures.has(id) ||
  state.classes.has(id) ||
  state.outreachSessions.has(id) ||
  state.awards.has(id) ||
  state.distributions.has(id) ||
  state.inspections.has(id);

/** Refuses the parts of a stated figure when any names nothing recorded, naming it by index (`parts.1`). */
export const requireRecordedParts = (state: CampaignState, parts: ReadonlyArray<string> | undefined): Check =>
  firstOf(parts, (id, i) =>
    isRecorded(state, id) ? undefined : { _tag: 'UnknownReference', entity: 'fact', id, field: `parts.${i}` },
  );
