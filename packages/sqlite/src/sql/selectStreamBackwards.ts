import { eventColumns } from './eventColumns';

/** A stream from a revision down (inclusive), at most @limit events (-1: no limit). */
export const selectStreamBackwards = `
SELECT ${eventColumns}
FROM events
WHERE stream = @stream AND stream_revision <= @from
ORDER BY stream_revision DESC
LIMIT @limit`;
