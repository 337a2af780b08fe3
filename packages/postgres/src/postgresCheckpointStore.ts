import { type ProjectionCheckpoint, type ProjectionCheckpointStore } from '@campaign-ledger/core';
import { checkCheckpointName, checkCheckpointSave } from '@campaign-ledger/core/adapter';
import { unstorableTextReason } from '@campaign-ledger/core/adapter';
import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import type { Pool } from 'pg';
import { pgStoreError } from './pgFailure';
import { selectCheckpoint, upsertCheckpoint } from './sql/checkpointStatements';

// A text column keeps neither a NUL nor a lone surrogate as it is; a checkpoint has no length limit.
const checkStorable = (where: string, what: string, text: string): void => {
  const reason = unstorableTextReason(text, Number.POSITIVE_INFINITY);
  if (reason !== undefined) throw new RangeError(`${where}: the ${what} ${reason}: PostgreSQL text cannot keep it`);
};

/**
 * A ProjectionCheckpointStore in the ledger's own database (table campaign_ledger.checkpoints,
 * created by migratePostgres), so events and checkpoints are backed up together. A save is one
 * upsert, its own transaction: position and state are replaced together or not at all. The state
 * is kept as text, byte for byte. Driver errors are StoreUnavailable values; besides the port's
 * RangeErrors, a name or state holding a NUL or a lone surrogate (which a text column cannot
 * keep) is a RangeError too.
 *
 * @example
 * const checkpoints = makePostgresCheckpointStore(pool);
 * const run = await runProjectionWithCheckpoints({ store, checkpoints, name: 'campaign-facts', projection, encode, decode })();
 */
export const makePostgresCheckpointStore = (pool: Pool): ProjectionCheckpointStore => ({
  load: (name) => {
    checkCheckpointName('load', name);
    checkStorable('load', 'checkpoint name', name);
    return async () => {
      try {
        const result = await pool.query<{ readonly position: string; readonly state_json: string }>(selectCheckpoint, [name]);
        const row = result.rows[0];
        return E.right(row === undefined ? O.none : O.some<ProjectionCheckpoint>({ position: Number(row.position), stateJson: row.state_json }));
      } catch (error) {
        return E.left(pgStoreError(error, `load checkpoint ${JSON.stringify(name)}`));
      }
    };
  },
  save: (name, position, stateJson) => {
    checkCheckpointSave('save', name, position, stateJson);
    checkStorable('save', 'checkpoint name', name);
    checkStorable('save', 'state', stateJson);
    return async () => {
      try {
        await pool.query(upsertCheckpoint, [name, position, stateJson]);
        return E.right(undefined);
      } catch (error) {
        return E.left(pgStoreError(error, `save checkpoint ${JSON.stringify(name)}`));
      }
    };
  },
});
