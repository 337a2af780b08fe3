/** A clock a test moves by hand, to give appends known recordedAt stamps. */
export interface TestClock {
  /** The current time; pass this function to the store as its clock. */
  readonly now: () => Date;
  /** Moves the clock forward by some milliseconds; returns the new time. */
  readonly advance: (milliseconds: number) => Date;
  /** Moves the clock back by some milliseconds, as an NTP correction or a writer with a late clock would; returns the new time. */
  readonly stepBack: (milliseconds: number) => Date;
}

const checkMilliseconds = (what: string, milliseconds: number): void => {
  if (!Number.isFinite(milliseconds) || milliseconds < 0) {
    throw new RangeError(`TestClock.${what}: milliseconds must be a finite number >= 0, got ${String(milliseconds)}`);
  }
};

/**
 * A clock that stands still until a test moves it, forwards or back, so every append between two
 * moves is stamped with the same known time.
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
      checkMilliseconds('advance', milliseconds);
      time += milliseconds;
      return new Date(time);
    },
    stepBack: (milliseconds) => {
      checkMilliseconds('stepBack', milliseconds);
      time -= milliseconds;
      return new Date(time);
    },
  };
};
