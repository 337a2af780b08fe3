/**
 * The advisory lock key of schema migrations, in the two-int4 key space (which never meets the
 * single-bigint one other applications usually use): 'LEDM' in ASCII, then 0. Appends use row
 * locks instead, which a role needs UPDATE to take, so a read-only role can never hold them up.
 */
export const MIGRATION_LOCK_CLASS = 0x4c45444d;
