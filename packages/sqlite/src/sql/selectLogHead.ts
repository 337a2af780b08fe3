/** The last event of the log: its position, hash and recording time (no row: the log is empty). */
export const selectLogHead = `
SELECT global_position, lower(hex(hash)) AS hash, recorded_at
FROM events
ORDER BY global_position DESC
LIMIT 1`;
