import type { StoreTamper } from '@campaign-ledger/testing';
import Database from 'better-sqlite3';

// Test-only: the kit's tamper capability as plain SQL on the events table, the way someone with
// write access to the file would edit it. No hash is touched.

/** Runs a function on a database handle. */
export type WithDatabase = <A>(use: (db: Database.Database) => A) => A;

/** Uses the store's own handle (an in-memory database has no other). */
export const onHandle =
  (db: Database.Database): WithDatabase =>
  (use) =>
    use(db);

/** Opens a second connection to the file for each edit, as another process would, and closes it after. */
export const onFile =
  (path: string): WithDatabase =>
  (use) => {
    const db = new Database(path);
    try {
      db.pragma('busy_timeout = 5000');
      return use(db);
    } finally {
      db.close();
    }
  };

const exactlyOne = (what: string, changes: number): void => {
  if (changes !== 1) throw new Error(`tamper: ${what} changed ${changes} rows, not 1`);
};

/** The kit's tamper capability over a database reached through `withDb`. */
export const sqliteTamper = (withDb: WithDatabase): StoreTamper => ({
  alterData: (position, data) =>
    withDb((db) => {
      exactlyOne(`altering ${position}`, db.prepare('UPDATE events SET data = ? WHERE global_position = ?').run(JSON.stringify(data), position).changes);
    }),
  writeRawData: (position, text) =>
    withDb((db) => {
      exactlyOne(`writing raw data at ${position}`, db.prepare('UPDATE events SET data = ? WHERE global_position = ?').run(text, position).changes);
    }),
  deleteEvent: (position) =>
    withDb((db) => {
      exactlyOne(`deleting ${position}`, db.prepare('DELETE FROM events WHERE global_position = ?').run(position).changes);
    }),
  // Through a free temporary position, since global_position is the primary key.
  swapEvents: (a, b) =>
    withDb((db) => {
      const move = db.prepare('UPDATE events SET global_position = ? WHERE global_position = ?');
      db.transaction(() => {
        exactlyOne(`moving ${a} aside`, move.run(-1, a).changes);
        exactlyOne(`moving ${b} to ${a}`, move.run(a, b).changes);
        exactlyOne(`moving ${a} to ${b}`, move.run(b, -1).changes);
      }).immediate();
    }),
});
