import * as E from 'fp-ts/lib/Either.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import * as t from 'io-ts';
import { fields } from '../model/fields';
import type { StoreError } from '../store/storeError';
import { GENESIS_HASH, isSha256Hex } from './eventSeal';
import type { LogSource } from './logCursor';
import type { LogBroken, LogIntact, LogProblem } from './verificationReport';
import { pageSizeOf, type VerifyOptions } from './verifyLog';
import { walkLog } from './walkLog';

/** The format tag of a log digest; a later format gets a new version number. */
export const LOG_DIGEST_FORMAT = 'campaign-ledger.log-digest/1';

const Sha256Hex = new t.Type<string, string, unknown>(
  'Sha256Hex',
  isSha256Hex,
  (u, c) => (isSha256Hex(u) ? t.success(u) : t.failure(u, c, 'a hash must be 64 lower-case hex digits')),
  t.identity,
);

const Position = new t.Type<number, number, unknown>(
  'Position',
  (u): u is number => typeof u === 'number' && Number.isSafeInteger(u) && u >= 0,
  (u, c) => (typeof u === 'number' && Number.isSafeInteger(u) && u >= 0 ? t.success(u) : t.failure(u, c, 'a position must be an integer >= 0')),
  t.identity,
);

const DigestFields = t.readonly(
  fields({
    format: t.literal(LOG_DIGEST_FORMAT),
    algorithm: t.literal('sha256'),
    headPosition: Position,
    headHash: Sha256Hex,
    eventCount: Position,
  }, {}),
);

const isConsistent = (d: t.TypeOf<typeof DigestFields>): boolean =>
  d.eventCount === d.headPosition && (d.headPosition === 0) === (d.headHash === GENESIS_HASH);

/**
 * A digest of a log: the hash and position of its head, which through the chain stand for every
 * event up to it. An analyst keeps it with the audit; later, verifyDigest proves that the log
 * still holds exactly what was audited. Decode a stored digest with this codec: it also checks
 * that the count equals the head position and that only an empty log has the genesis hash.
 */
export const LogDigest = new t.Type<t.TypeOf<typeof DigestFields>, t.OutputOf<typeof DigestFields>, unknown>(
  'LogDigest',
  (u): u is t.TypeOf<typeof DigestFields> => DigestFields.is(u) && isConsistent(u),
  (u, c) =>
    pipe(
      DigestFields.validate(u, c),
      E.chain((d) => (isConsistent(d) ? t.success(d) : t.failure(u, c, 'eventCount must equal headPosition, and only position 0 has the genesis hash'))),
    ),
  DigestFields.encode,
);
/** A digest of a log: the hash and position of its head, which through the chain stand for every event up to it. */
export type LogDigest = t.TypeOf<typeof LogDigest>;

/** The digest of a log that verified Intact. */
export const digestOf = (intact: LogIntact): LogDigest => ({
  format: LOG_DIGEST_FORMAT,
  algorithm: 'sha256',
  headPosition: intact.headPosition,
  headHash: intact.headHash,
  eventCount: intact.eventCount,
});

/**
 * Verifies the whole log and returns its digest, or the Broken report when the log is already
 * broken: a digest vouches for a log, so it is never made of one that fails verification.
 *
 * @example
 * const digest = await exportDigest(store)();
 * if (E.isRight(digest)) writeFileSync('audit-2024.digest.json', JSON.stringify(digest.right));
 */
export const exportDigest = (store: LogSource, options: VerifyOptions = {}): TE.TaskEither<StoreError | LogBroken, LogDigest> => {
  const pageSize = pageSizeOf(options);
  return pipe(
    () => walkLog(store, { pageSize }),
    TE.chainW((report) => (report._tag === 'Intact' ? TE.right(digestOf(report)) : TE.left(report))),
  );
};

/** The log still holds the digest's prefix: the same chain up to the same head; it may have grown since. */
export interface DigestHolds {
  readonly _tag: 'Holds';
  readonly headPosition: number;
  readonly headHash: string;
}

/** The log's chain breaks before or at the digest's head; `problem` is the first place where it does. */
export interface DigestBroken {
  readonly _tag: 'Broken';
  readonly problem: LogProblem;
}

/**
 * The log is a consistent chain but not the one the digest was made of: it was rewritten with
 * every hash recomputed, or it ends before the digest's head.
 */
export interface DigestDiverged {
  readonly _tag: 'Diverged';
  readonly headPosition: number;
  readonly expectedHash: string;
  /** The hash at the digest's head position now, or null when the log no longer reaches it. */
  readonly actualHash: string | null;
  readonly message: string;
}

/** What verifyDigest found. */
export type DigestVerification = DigestHolds | DigestBroken | DigestDiverged;

/**
 * Checks that the log still holds the exact prefix a digest was made of: it verifies the chain
 * from position 1 to the digest's head and compares the head's hash. Events appended since are
 * not read (verifyLog covers them); a change before the head shows as Broken when it breaks the
 * chain, and as Diverged when the chain was recomputed to hide it. Throws a RangeError on a digest
 * that is not a LogDigest (decode stored ones with the codec first).
 *
 * @example
 * const digest = LogDigest.decode(JSON.parse(readFileSync('audit-2024.digest.json', 'utf8')));
 * if (E.isRight(digest)) console.log(await verifyDigest(store, digest.right)());
 */
export const verifyDigest = (store: LogSource, digest: LogDigest, options: VerifyOptions = {}): TE.TaskEither<StoreError, DigestVerification> => {
  if (!LogDigest.is(digest)) throw new RangeError(`verifyDigest: not a ${LOG_DIGEST_FORMAT} digest; decode it with LogDigest first`);
  const pageSize = pageSizeOf(options);
  return pipe(
    () => walkLog(store, { pageSize, stopAfter: digest.headPosition }),
    TE.map((report): DigestVerification => {
      if (report._tag === 'Broken') return report;
      if (report.headPosition < digest.headPosition) {
        return {
          _tag: 'Diverged',
          headPosition: digest.headPosition,
          expectedHash: digest.headHash,
          actualHash: null,
          message: `the log ends at position ${report.headPosition}, before the digest's head at position ${digest.headPosition}`,
        };
      }
      if (report.headHash !== digest.headHash) {
        return {
          _tag: 'Diverged',
          headPosition: digest.headPosition,
          expectedHash: digest.headHash,
          actualHash: report.headHash,
          message: `the log's chain is consistent but its hash at position ${digest.headPosition} is not the digest's: the log was rewritten up to there`,
        };
      }
      return { _tag: 'Holds', headPosition: digest.headPosition, headHash: digest.headHash };
    }),
  );
};
