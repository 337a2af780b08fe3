import { eventColumns } from './eventColumns';

/** The log from a position down (inclusive), at most @limit events (-1: no limit). */
export const selectLogBackwards = `
SELECT ${eventColumns}
FROM events
WHERE global_position <= @from
ORDER BY global_position DESC
LIMIT @limit`;
