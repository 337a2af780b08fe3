/**
 * Projection checkpoints, in the file that holds the log: one row per projection name, its
 * position and its state as JSON text, replaced whole by one statement.
 */
export const createCheckpointsTable = `
CREATE TABLE projection_checkpoints (
  name     TEXT PRIMARY KEY,
  position INTEGER NOT NULL CHECK (position >= 0),
  state    TEXT NOT NULL CHECK (json_valid(state))
) STRICT`;
