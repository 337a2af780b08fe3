import { type ProjectionCheckpointStore, type StoreError } from '@campaign-ledger/core';
import { checkCheckpointName, checkCheckpointSave } from '@campaign-ledger/core/adapter';
import type Database from 'better-sqlite3';
import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import { migrateSqliteSchema } from './migrateSqliteSchema';
import { selectCheckpoint } from './sql/selectCheckpoint';
import { upsertCheckpoint } from './sql/upsertCheckpoint';
import { isDriverFailure, storeUnavailable } from './sqliteFailure';

interface CheckpointRow {
  readonly position: number;
  readonly state: string;
}

/**
 * Projection checkpoints in the ledger's own SQLite file (table projection_checkpoints), so that
 * the log and the projections' progress are copied, backed up and restored together. A save is
 * one upsert statement, its own transaction: position and state are replaced together or not at
 * all, and it waits for the file's write lock like an append. The schema is migrated on first use;
 * the handle belongs to the caller. Driver failures (a busy or closed file) are StoreUnavailable.
 *
 * @example
 * const checkpoints = makeSqliteCheckpointStore(db);
 * const run = await runProjectionWithCheckpoints({
 *   store: makeSqliteEventStore(db, { codec: CampaignEvent }), checkpoints, name: 'campaign-facts',
 *   projection: campaignFactsProjection, encode: encodeCampaignFacts, decode: decodeCampaignFacts,
 * })();
 */
export const makeSqliteCheckpointStore = (db: Database.Database): ProjectionCheckpointStore => {
  let statements: { readonly select: Database.Statement; readonly upsert: Database.Statement } | undefined;

  const guarded = <A>(doing: string, body: (s: NonNullable<typeof statements>) => A): E.Either<StoreError, A> => {
    try {
      if (statements === undefined) {
        const migrated = migrateSqliteSchema(db);
        if (E.isLeft(migrated)) return migrated;
        statements = { select: db.prepare(selectCheckpoint), upsert: db.prepare(upsertCheckpoint) };
      }
      return E.right(body(statements));
    } catch (cause) {
      if (!isDriverFailure(cause)) throw cause;
      return E.left(storeUnavailable(doing, cause));
    }
  };

  return {
    load: (name) => {
      checkCheckpointName('load', name);
      return async () =>
        guarded(`loading the checkpoint ${name}`, (s) => {
          const row = s.select.get({ name }) as CheckpointRow | undefined;
          return O.map((r: CheckpointRow) => ({ position: r.position, stateJson: r.state }))(O.fromNullable(row));
        });
    },
    save: (name, position, stateJson) => {
      checkCheckpointSave('save', name, position, stateJson);
      return async () =>
        guarded(`saving the checkpoint ${name}`, (s) => {
          s.upsert.run({ name, position, state: stateJson });
        });
    },
  };
};
