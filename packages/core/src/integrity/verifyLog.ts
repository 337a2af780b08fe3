import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { StoreError } from '../store/storeError';
import type { LogSource } from './logCursor';
import type { VerificationReport } from './verificationReport';
import { walkLog } from './walkLog';

/** Options of verifyLog, exportDigest and verifyDigest. */
export interface VerifyOptions {
  /** How many events each readAll asks for; defaults to DEFAULT_VERIFY_PAGE_SIZE. */
  readonly pageSize?: number;
}

/** How many events verification reads per page unless told otherwise. */
export const DEFAULT_VERIFY_PAGE_SIZE = 500;

/** The page size of the options; throws a RangeError on one that is no positive integer. */
export const pageSizeOf = (options: VerifyOptions): number => {
  const pageSize = options.pageSize ?? DEFAULT_VERIFY_PAGE_SIZE;
  if (!Number.isSafeInteger(pageSize) || pageSize < 1) throw new RangeError(`verify: pageSize must be an integer >= 1, got ${String(options.pageSize)}`);
  return pageSize;
};

/**
 * Recomputes the log's two hash chains through the store port (readAll, a page at a time, so any
 * store can be verified) and reports the log Intact, with its head, or Broken at the first place
 * where it departs from what was sealed. Every event must hash, at its place in read order, to
 * the hash it carries; link to the hash of the event before it; and link to the hash of the last
 * event of its stream, at the next revision. The first event that fails is classified:
 * - it carries no hash: 'unhashed' (a log written before hashing existed is reported so at its
 *   first event: it cannot be vouched for until a migration seals it, in order, with sealBatch);
 * - it hashes nowhere: 'altered', or 'inserted' when the event sealed at its place comes later;
 * - it hashes at a later place: 'reordered' when the event sealed at its place comes later in the
 *   log, else 'removed' (the removed event's stream and revision are named when a later event of
 *   its stream links to it);
 * - it hashes at an earlier place: 'inserted' (a copy, or a forgery next to the genuine event; of
 *   two events sealed at one place, the genuine one is the one the log goes on from);
 * - it hashes at its place but links elsewhere: 'inserted' when the event sealed at its place comes
 *   later, else the event before it is 'altered' (rewritten with a recomputed hash);
 * - its stream link fails while the global one holds (a rewrite that recomputed the global chain
 *   only): the stream's previous event is 'altered', or a revision is 'removed' or 'inserted'.
 * Each event's canonical content, and so its hash, ignores the Unicode normal form of its text.
 * What no keyless chain can show: events cut from the end of the log, a log rewritten with every
 * hash recomputed, and events appended by someone who computes hashes as the store does. A digest
 * exported earlier (exportDigest, verifyDigest) shows the first two, up to its head.
 *
 * @example
 * const report = await verifyLog(store)();
 * if (E.isRight(report) && report.right._tag === 'Broken') console.error(report.right.problem.message);
 */
export const verifyLog = (store: LogSource, options: VerifyOptions = {}): TE.TaskEither<StoreError, VerificationReport> => {
  const pageSize = pageSizeOf(options);
  return () => walkLog(store, { pageSize });
};
