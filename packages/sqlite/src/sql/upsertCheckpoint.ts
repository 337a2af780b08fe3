/** Replaces the checkpoint under a name, position and state together, in one statement. */
export const upsertCheckpoint = `
INSERT INTO projection_checkpoints (name, position, state)
VALUES (@name, @position, @state)
ON CONFLICT (name) DO UPDATE SET position = excluded.position, state = excluded.state`;
