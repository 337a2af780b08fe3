/**
 * Every transaction of the store runs at READ COMMITTED whatever the server's default: each
 * statement then reads a new snapshot, so a statement run after a lock was granted sees what the
 * lock's previous holder committed. The ordering design depends on it.
 */
export const beginReadCommitted = `BEGIN ISOLATION LEVEL READ COMMITTED`;

/** Ends a transaction, keeping its work. */
export const commit = `COMMIT`;

/** Ends a transaction, undoing its work. */
export const rollback = `ROLLBACK`;
