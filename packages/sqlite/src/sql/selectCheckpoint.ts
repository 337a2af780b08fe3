/** The checkpoint saved under a name (no row: none). */
export const selectCheckpoint = `
SELECT position, state
FROM projection_checkpoints
WHERE name = @name`;
