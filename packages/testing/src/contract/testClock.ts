/** A clock a test moves by hand, to give appends known recordedAt stamps. */
export interface TestClock {
  /** The current time; pass this function to the store as its clock. */
  readonly now: () => Date;
  /** Moves the clock forward by some milliseconds; returns the new time. */
  readonly advance: (milliseconds: number) => Date;
}

/**
 * A clock that stands still until a test advances it, so every append between two advances is
 * stamped with the same known time.
 *
 * @example
 * const clock = makeTestClock(new Date('2010-08-10T00:00:00Z'));
 * const store = makeInMemoryEventStore({ clock: clock.now });
 */
export const makeTestClock = (start: Date = new Date(Date.UTC(2024, 0, 1))): TestClock => {
  let time = start.getTime();
  return {
    now: () => new Date(time),
    advance: (milliseconds) => {
      if (!Number.isFinite(milliseconds) || milliseconds < 0) {
        throw new RangeError(`TestClock.advance: milliseconds must be a finite number >= 0, got ${String(milliseconds)}`);
      }
      time += milliseconds;
      return new Date(time);
    },
  };
};
