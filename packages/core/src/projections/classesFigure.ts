import { factsOf, type CampaignFacts } from './campaignFacts';
import type { Figure } from './figure';
import { assembleFigure, type FigureKeyOf } from './figureAssembly';
import {
  combineGrains,
  flowRules,
  operationalInCell,
  summaryInCell,
  type Cell,
  type OperationalCandidate,
  type SummaryCandidate,
} from './grains';
import { oncePerFacts } from './oncePerFacts';
import { blocOf } from './organisationTree';
import { listingRetracted } from './retractedLineage';

/**
 * Classes held (measure `classes`): each ClassHeld counts 1 under its organiser, with the class's
 * own bloc or else its organiser's; each ClassesReported adds its count under its organisation.
 * A class is shadowed by a summary of the cell that covers its organiser, year and the dimensions
 * the summary states (bloc, organiser level, topic, audience). A class's audience is its single
 * audience category; a class for several categories counts only in cells that do not fix one.
 */
export const classesFigure = listingRetracted((facts: CampaignFacts, key: FigureKeyOf<'classes'>): Figure => {
  const cell: Cell = {
    organisationId: key.organisationId,
    period: key.period,
    fixed: { bloc: key.bloc, organiserLevel: key.organiserLevel, topicId: key.topicId, audience: key.audience },
  };
  const summaries = classesSummaries(facts).filter((s) => summaryInCell(facts, cell, s));
  const operationals = heldClasses(facts).filter((o) => operationalInCell(facts, cell, o));
  return assembleFigure(key, combineGrains(facts, summaries, operationals, flowRules, cell.fixed));
});

// Every ClassesReported as a candidate of any cell: placed once per facts value, then each figure only filters.
const classesSummaries = oncePerFacts((facts): ReadonlyArray<SummaryCandidate> =>
  factsOf(facts, 'ClassesReported').map((f): SummaryCandidate => {
    const d = f.data;
    const stated = { bloc: d.bloc, organiserLevel: d.organiserLevel, topicId: d.topicId, audience: d.audience };
    const bloc = d.bloc ?? blocOf(facts, d.organiserId ?? d.organisationId);
    return { ref: f.ref, value: d.count, organisationId: d.organisationId, period: d.period, stated, effective: { ...stated, bloc } };
  }),
);

// Every class held, once per facts value.
const heldClasses = oncePerFacts((facts): ReadonlyArray<OperationalCandidate> =>
  [...facts.classes.values()].map((f): OperationalCandidate => {
    const d = f.data;
    // A class meant for one category has that audience; one for several has none the cell can fix.
    const audience = d.audience?.length === 1 ? d.audience[0] : undefined;
    const effective = { bloc: d.bloc ?? blocOf(facts, d.organiserId), organiserLevel: d.organiserLevel, topicId: d.topicId, audience };
    return { ref: f.ref, value: 1, organisationId: d.organiserId, year: d.year, effective };
  }),
);
