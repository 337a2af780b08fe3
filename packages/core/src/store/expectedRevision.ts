/**
 * What an append expects of its stream: anything, that it does not exist yet, that it exists,
 * or that its last event has exactly this revision (revisions count from 0).
 */
export type ExpectedRevision = 'any' | 'no-stream' | 'stream-exists' | number;

/** Whether a stream currently at `actual` (-1: no stream) satisfies an expectation. */
export const satisfiesExpectedRevision = (expected: ExpectedRevision, actual: number): boolean => {
  switch (expected) {
    case 'any':
      return true;
    case 'no-stream':
      return actual === -1;
    case 'stream-exists':
      return actual >= 0;
    default:
      return expected === actual;
  }
};
