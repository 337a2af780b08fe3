/** The last event of a stream: its revision and hash (no row: the stream does not exist). */
export const selectStreamHead = `
SELECT stream_revision, lower(hex(hash)) AS hash
FROM events
WHERE stream = @stream
ORDER BY stream_revision DESC
LIMIT 1`;
