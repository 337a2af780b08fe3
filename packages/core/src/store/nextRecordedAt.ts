/**
 * The recordedAt of the next append, the one clock rule of every store: the clock's time, unless
 * the clock is behind the last recordedAt the log holds (`lastRecordedAt`, null for an empty log),
 * in which case that last recordedAt again. So when a clock steps back (an NTP correction, a
 * second writer whose clock runs late), appends keep the last recordedAt until the clock passes
 * it; recordedAt never decreases along the log, and the events recorded up to any moment stay a
 * prefix of it. A stored recordedAt that is no date (tampered) is ignored: the clock wins.
 * Throws a RangeError when the clock gives an invalid Date (a programmer error).
 */
export const nextRecordedAt = (lastRecordedAt: string | null, clock: () => Date): string => {
  const now = clock().toISOString();
  if (lastRecordedAt === null) return now;
  const last = Date.parse(lastRecordedAt);
  return Number.isNaN(last) || last <= Date.parse(now) ? now : lastRecordedAt;
};
