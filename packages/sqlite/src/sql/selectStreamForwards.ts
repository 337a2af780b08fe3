import { eventColumns } from './eventColumns';

/** A stream from a revision up (inclusive), at most @limit events (-1: no limit). */
export const selectStreamForwards = `
SELECT ${eventColumns}
FROM events
WHERE stream = @stream AND stream_revision >= @from
ORDER BY stream_revision ASC
LIMIT @limit`;
