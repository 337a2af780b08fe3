import { specOf } from '../events/campaignEventSpecs';
import type { CorrectableEvent, CorrectableEventType } from '../events/factCorrected';
import type { Measure } from '../model/figureKey';
import type { CorrectionSpec } from '../events/eventSpec';
import type { VersionValue } from './factNumbers';

export type { VersionValue } from './factNumbers';

// The table gives every correctable type a correction spec; read through the union of types, TypeScript cannot tell.
const correctionOf = (type: CorrectableEventType): CorrectionSpec<CorrectableEventType> =>
  specOf(type).correction as CorrectionSpec<CorrectableEventType>;

/**
 * The number a version of a fact states for a measure, as the measure's figure reads it: a count
 * for a summary, 1 for each class, session, committee or unit the measure counts one by one. A
 * superseded version is listed in a figure's lineage with this value; a version that gives no
 * number for the measure (pledges without a count) states 0 there. Each correctable event type's
 * spec says which (`EventSpec.correction.versionValue`).
 */
export const versionValue = (measure: Measure, event: CorrectableEvent): VersionValue =>
  correctionOf(event.type).versionValue(event.data, measure);
