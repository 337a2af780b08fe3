/**
 * How a log departs from the chain it was sealed with:
 * - 'altered': the event here is not what was sealed here (its content, position, links or hash changed),
 *   or it was rewritten with a recomputed hash, which its successor's link gives away;
 * - 'removed': the event sealed here is missing from the log;
 * - 'inserted': the event here was never sealed here (a forgery, or a copy of another event);
 * - 'reordered': the event sealed here is in the log, but later;
 * - 'unhashed': the event here carries no hash (written before hashing existed, or stripped of it),
 *   so nothing from here on can be verified.
 */
export type LogProblemKind = 'altered' | 'removed' | 'inserted' | 'reordered' | 'unhashed';

/** The first place where a log departs from its sealed chain, and the event it concerns. */
export interface LogProblem {
  readonly kind: LogProblemKind;
  /**
   * The global position of the problem, counting events from 1 in the order the log reads: the
   * position of the altered, inserted or unhashed event, or the one the removed or moved event was
   * sealed at. A removal that only the stream chain shows names the position where it shows.
   */
  readonly globalPosition: number;
  /** The stream of the event the problem names; null for a removed event when nothing left in the log tells its stream. */
  readonly stream: string | null;
  /** That event's revision in its stream, null when unknown. */
  readonly streamRevision: number | null;
  /** That event's id, null when unknown. */
  readonly eventId: string | null;
  /** The hash the chain says belongs here, when it can tell. */
  readonly expectedHash?: string;
  /** The hash found here: the stored one, or the one recomputed from the content found (for 'altered'). */
  readonly actualHash?: string;
  /** One English sentence for the analyst. */
  readonly message: string;
}

/** The log recomputes to an unbroken chain from position 1 to its head. */
export interface LogIntact {
  readonly _tag: 'Intact';
  /** The last global position (0 for an empty log). */
  readonly headPosition: number;
  /** The hash of the last event (GENESIS_HASH for an empty log). */
  readonly headHash: string;
  readonly eventCount: number;
}

/** The log departs from its sealed chain; `problem` is the first place where it does. */
export interface LogBroken {
  readonly _tag: 'Broken';
  readonly problem: LogProblem;
}

/** What verifyLog found. */
export type VerificationReport = LogIntact | LogBroken;
