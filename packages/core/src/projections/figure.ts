import type { CountUnit } from '../model/countUnit';
import type { FigureKey } from '../model/figureKey';
import type { ParticipantCategory } from '../model/participantCategory';
import type { Qualifier } from '../model/qualifier';
import type { Dimension } from './dimensions';

/**
 * One fact's part in a figure: which event, what it added, and whether it was counted, shadowed
 * by a summary fact covering the same scope (see docs/projections.md, "two grains"),
 * superseded: an earlier version of a counted or shadowed fact that a correction replaced, or
 * retracted: a fact of the cell that a retraction withdrew (see docs/corrections.md). A fact as
 * corrected is listed under the FactCorrected's event id and position, with the corrected fact's
 * type and id.
 */
export interface Contribution {
  readonly eventId: string;
  readonly globalPosition: number;
  readonly eventType: string;
  /** The fact's own id inside its event (factId, classId, awardId, ...). */
  readonly factId: string;
  /**
   * What the fact adds to the figure; for a superseded version, what it stated for the measure;
   * for a retracted fact, what it would add were it not withdrawn (it adds nothing).
   */
  readonly value: number;
  readonly role: 'counted' | 'shadowed' | 'superseded' | 'retracted';
  readonly qualifier?: Qualifier;
  /** The sentence the fact was read from, when it came from a report. */
  readonly quote?: string;
  /** When this version came from a correction: which one, and why. */
  readonly correction?: { readonly correctionId: string; readonly reason: string };
  /** For a superseded version: the event id of the version that replaced it. */
  readonly supersededBy?: string;
  /** For a retracted fact: the retraction that withdrew it, and why. */
  readonly retraction?: { readonly retractionId: string; readonly reason: string };
}

/** A percentage computed from a fraction with an explicit rounding rule (half away from zero). */
export interface ComputedPercent {
  readonly numerator: number;
  readonly denominator: number;
  /** The percentage times 10^decimals, rounded half away from zero. */
  readonly scaled: number;
  readonly decimals: number;
}

/**
 * Whether a figure has a value: `computed` when facts gave it one, `no-data` when no fact
 * concerns the cell, `not-computable` when a part it needs is missing (a rate without a
 * declared denominator). A figure is never guessed.
 */
export type FigureStatus = 'computed' | 'no-data' | 'not-computable';

/** A figure the projections computed for a key, with every fact that made it. */
export interface Figure {
  readonly key: FigureKey;
  readonly status: FigureStatus;
  /** The count; null unless status is `computed`. For a rate, the numerator's count. */
  readonly value: number | null;
  readonly countUnit?: CountUnit;
  /** Qualifiers carried by counted facts: a figure built on "more than 12.360" is at least that. */
  readonly qualifiers: ReadonlyArray<Qualifier>;
  readonly contributions: ReadonlyArray<Contribution>;
  /** For participation-rate figures: the two figures and the percentage, when computable. */
  readonly rate?: {
    readonly numerator: Figure;
    readonly denominator: Figure;
    readonly percent: ComputedPercent | null;
  };
  /** Why a figure is `not-computable` or `no-data`, in plain English. */
  readonly reason?: string;
  /**
   * Set when the value only adds slices the report itemised (by organiser level, bloc, audience,
   * kind) and no fact claims the whole cell: the sum of what was itemised, not a total. A stated
   * total is not contradicted by it (see docs/projections.md, "Itemised facts").
   */
  readonly itemisedBy?: ReadonlyArray<Dimension>;
  /**
   * Set when a participants figure is the sum of the narrower categories that partition its own
   * (party members and non-party civil servants make "cán bộ, đảng viên, công chức, viên chức"):
   * those categories, and the category's own facts that only itemised it, shadowed here.
   */
  readonly fromCategories?: CategoryComposition;
}

/** How a figure was made from the categories that partition its own, and what its own facts itemised. */
export interface CategoryComposition {
  readonly categories: ReadonlyArray<ParticipantCategory>;
  /** The category's own facts, which only itemised it (by these dimensions) and were shadowed by the parts. */
  readonly itemised?: {
    readonly by: ReadonlyArray<Dimension>;
    readonly contributions: ReadonlyArray<Contribution>;
  };
}
