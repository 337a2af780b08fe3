import { eventColumns } from './eventColumns';

/** The log from a position up (inclusive), at most @limit events (-1: no limit). */
export const selectLogForwards = `
SELECT ${eventColumns}
FROM events
WHERE global_position >= @from
ORDER BY global_position ASC
LIMIT @limit`;
