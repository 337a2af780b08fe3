import { factsOf, type CampaignFacts, type Fact } from './campaignFacts';
import type { Figure } from './figure';
import { assembleFigure, type FigureKeyOf } from './figureAssembly';
import {
  combineGrains,
  operationalInCell,
  summaryInCell,
  type Cell,
  type OperationalCandidate,
  type SummaryCandidate,
} from './grains';
import { kindOf } from './organisationTree';
import { listingRetracted } from './retractedLineage';

type CommitteeKey = FigureKeyOf<'steering-committees'> | FigureKeyOf<'steering-committee-members'>;

const committeeFigure = (
  facts: CampaignFacts,
  key: CommitteeKey,
  reportedValue: (f: Fact<'SteeringCommitteesReported'>) => number | undefined,
  formedValue: (f: Fact<'SteeringCommitteeFormed'>) => number | undefined,
  missing: string,
): Figure => {
  const cell: Cell = { organisationId: key.organisationId, fixed: { memberKind: key.memberKind } };
  let unnumbered = 0;
  const summaries = factsOf(facts, 'SteeringCommitteesReported')
    .flatMap((f): SummaryCandidate[] => {
      const stated = { memberKind: f.data.memberKind };
      const candidate = { ref: f.ref, organisationId: f.data.organisationId, period: f.data.period, stated, effective: stated };
      if (!summaryInCell(facts, cell, { ...candidate, value: 0 })) return [];
      const value = reportedValue(f);
      if (value === undefined) unnumbered += 1;
      return value === undefined ? [] : [{ ...candidate, value }];
    });
  const operationals = factsOf(facts, 'SteeringCommitteeFormed').flatMap((f): OperationalCandidate[] => {
    const candidate = { ref: f.ref, organisationId: f.data.organisationId, effective: { memberKind: kindOf(facts, f.data.organisationId) } };
    if (!operationalInCell(facts, cell, { ...candidate, value: 0 })) return [];
    const value = formedValue(f);
    if (value === undefined) unnumbered += 1;
    return value === undefined ? [] : [{ ...candidate, value }];
  });
  const parts = combineGrains(facts, summaries, operationals, { stock: true, strictCover: true }, cell.fixed);
  return assembleFigure(key, parts, unnumbered > 0 ? { notComputable: missing } : {});
};

/**
 * Steering committees (measure `steering-committees`, Ban Chỉ đạo): SteeringCommitteesReported
 * committees plus 1 for each SteeringCommitteeFormed in the subtree, whose member kind is the kind
 * of the organisation that formed it. A formed committee is shadowed by a report of the cell made
 * at a strict ancestor of its organisation that states its member kind or none, since such a
 * report counts the committees under that ancestor. Committees are a stock: of two reports of one
 * organisation and member kind, the later period counts.
 */
export const steeringCommitteesFigure = listingRetracted((facts: CampaignFacts, key: FigureKeyOf<'steering-committees'>): Figure =>
  committeeFigure(facts, key, (f) => f.data.committees, () => 1, 'the report names steering committees but gives no number'));

/**
 * Members of steering committees (measure `steering-committee-members`): the members of reports and
 * of formed committees, with the same shadowing as `steering-committees`. Facts that give no member
 * count add nothing; a cell whose facts all lack one is `not-computable`.
 */
export const steeringCommitteeMembersFigure = listingRetracted((facts: CampaignFacts, key: FigureKeyOf<'steering-committee-members'>): Figure =>
  committeeFigure(
    facts,
    key,
    (f) => f.data.members,
    (f) => f.data.members,
    'the report names steering committees but gives no member count',
  ));
