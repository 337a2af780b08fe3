import type { CampaignEvent, EventStore } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { type Command, type ReplayFailure, awards, contests, direction, replayHistory, setup, year2007, year2008, year2009, year2010 } from '@campaign-ledger/fixtures';

/** A part of a history and the instant the district began to record it. */
export interface TimelineSection {
  readonly name: string;
  readonly commands: ReadonlyArray<Command>;
  readonly recordedFrom: Date;
}

/** Where a section landed in the log: its first and last global positions (first > last when it was empty). */
export interface RecordedSection {
  readonly name: string;
  readonly firstPosition: number;
  readonly lastPosition: number;
  readonly recordedFrom: Date;
}

const january = (year: number): Date => new Date(Date.UTC(year, 0, 2));

/**
 * The Mường Tè history (the same commands in the same order as muongTeHistory) as the district
 * would have recorded it: set-up and direction as the campaign began, each year's facts in the
 * January after it, the contests and awards of the four years at the final review in January 2011.
 */
export const muongTeTimeline: ReadonlyArray<TimelineSection> = [
  { name: 'set-up and direction', commands: [...setup, ...direction], recordedFrom: january(2007) },
  { name: '2007', commands: year2007, recordedFrom: january(2008) },
  { name: '2008', commands: year2008, recordedFrom: january(2009) },
  { name: '2009', commands: year2009, recordedFrom: january(2010) },
  { name: '2010', commands: year2010, recordedFrom: january(2011) },
  { name: 'contests and awards', commands: [...contests, ...awards], recordedFrom: new Date(Date.UTC(2011, 0, 20)) },
];

/** A clock for a store that a replay moves by hand: each reading is one minute after the one before. */
export interface ReplayClock {
  /** The next instant: pass it as the store's clock. */
  readonly now: () => Date;
  /** Makes the next reading this instant. */
  readonly moveTo: (instant: Date) => void;
}

/** A ReplayClock whose first reading is `start`. */
export const makeReplayClock = (start: Date, stepMs = 60_000): ReplayClock => {
  let next = start.getTime();
  return {
    now: () => {
      const instant = new Date(next);
      next += stepMs;
      return instant;
    },
    moveTo: (instant) => {
      next = instant.getTime();
    },
  };
};

/**
 * Records a timeline section by section through the public API, moving the clock to each
 * section's instant first, so each event's recordedAt says when the district learnt the fact.
 * The store must read `clock.now`, and must be empty if the positions returned are to be exact.
 */
export const replayTimeline = async (
  store: EventStore<CampaignEvent>,
  clock: ReplayClock,
  timeline: ReadonlyArray<TimelineSection> = muongTeTimeline,
): Promise<E.Either<ReplayFailure, ReadonlyArray<RecordedSection>>> => {
  const recorded: RecordedSection[] = [];
  let position = 0;
  for (const section of timeline) {
    clock.moveTo(section.recordedFrom);
    const replayed = await replayHistory(store, section.commands);
    if (E.isLeft(replayed)) return replayed;
    recorded.push({ name: section.name, firstPosition: position + 1, lastPosition: position + replayed.right, recordedFrom: section.recordedFrom });
    position += replayed.right;
  }
  return E.right(recorded);
};
