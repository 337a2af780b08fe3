/** The checkpoint saved under a name ($1); no row when none was. */
export const selectCheckpoint = `SELECT position, state_json FROM campaign_ledger.checkpoints WHERE name = $1`;

/** Saves a checkpoint ($1 name, $2 position, $3 state): one statement, so position and state change together or not at all. */
export const upsertCheckpoint = `
INSERT INTO campaign_ledger.checkpoints (name, position, state_json) VALUES ($1, $2, $3)
ON CONFLICT (name) DO UPDATE SET position = EXCLUDED.position, state_json = EXCLUDED.state_json, saved_at = now()`;
