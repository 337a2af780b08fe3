import type { CountUnit } from '../model/countUnit';
import type { Measure } from '../model/figureKey';
import type { Qualifier } from '../model/qualifier';

/** The number a fact gives for a measure: its count, the unit it is counted in and its qualifier. */
export interface PartNumber {
  readonly value: number;
  readonly countUnit?: CountUnit;
  readonly qualifier?: Qualifier;
}

/** What one version of a fact states for a measure: its number, and the qualifier the number carries. */
export interface VersionValue {
  readonly value: number;
  readonly qualifier?: Qualifier;
}

/** A version's value; a version that gives no number for the measure (pledges without a count) states 0. */
export const versionValueOf = (value: number | undefined, qualifier?: Qualifier): VersionValue =>
  qualifier === undefined ? { value: value ?? 0 } : { value: value ?? 0, qualifier };

/** The number a fact gives towards a measure, with its unit and qualifier when known; undefined when it gives none. */
export const partNumberOf = (value: number | undefined, countUnit?: CountUnit, qualifier?: Qualifier): PartNumber | undefined =>
  value === undefined
    ? undefined
    : { value, ...(countUnit === undefined ? {} : { countUnit }), ...(qualifier === undefined ? {} : { qualifier }) };

/** Whether a measure counts participants: the participant figure and the numerator of a participation rate. */
export const countsParticipants = (measure: Measure): boolean => measure === 'participants' || measure === 'participation-rate';
