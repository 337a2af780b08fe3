import { eventColumns } from './eventColumns';

/** The stored events among a batch's ids, given as one JSON array of lower-case ids (for the idempotency check). */
export const selectStoredByIds = `
SELECT ${eventColumns}
FROM events
WHERE event_id IN (SELECT unhex(value, '-') FROM json_each(@ids))`;
