import * as E from 'fp-ts/lib/Either.js';
import type { StoreError } from '../store/storeError';
import { describeRecord, hasSeal, identityOf, isSealedAt, type StoredRecord } from './chainChecks';
import { GENESIS_HASH } from './eventSeal';
import { diagnoseBrokenLink, diagnoseBrokenStreamLink, diagnoseMisplaced, type BreakContext, type StreamHead } from './locateBreak';
import { makeLogCursor, type LogSource } from './logCursor';
import type { LogProblem, VerificationReport } from './verificationReport';

/** How far a walk reads: the page size, and the position to stop at (the whole log when absent). */
export interface WalkOptions {
  readonly pageSize: number;
  readonly stopAfter?: number;
}

/**
 * Walks the log forwards from position 1, recomputing every hash and checking both links, and
 * stops at the first record that breaks the chain, diagnosing it from what the rest of the log
 * holds. Used by verifyLog (the whole log) and verifyDigest (up to the digest's head).
 */
export const walkLog = async (source: LogSource, options: WalkOptions): Promise<E.Either<StoreError, VerificationReport>> => {
  const cursor = makeLogCursor(source, options.pageSize);
  const streams = new Map<string, StreamHead>();
  let previous: StoredRecord | undefined;
  let position = 0;
  const broken = (problem: LogProblem): E.Either<StoreError, VerificationReport> => E.right({ _tag: 'Broken', problem });

  while (options.stopAfter === undefined || position < options.stopAfter) {
    const next = await cursor.next();
    if (E.isLeft(next)) return next;
    const item = next.right;
    if (item === null) break;
    position += 1;
    const context: BreakContext = { cursor, position, previous };

    if (item._tag === 'Unreadable') {
      const diagnosis = await diagnoseMisplaced(context, item);
      return E.isLeft(diagnosis) ? diagnosis : broken(diagnosis.right);
    }
    const r = item.envelope;
    if (!hasSeal(r)) {
      return broken({
        kind: 'unhashed',
        globalPosition: position,
        ...identityOf(r),
        message: `position ${position}: ${describeRecord(r)} carries no hash (written before hashing existed, or stripped of it), so the log cannot be verified from here`,
      });
    }
    if (!isSealedAt(r, position)) {
      const diagnosis = await diagnoseMisplaced(context, item);
      return E.isLeft(diagnosis) ? diagnosis : broken(diagnosis.right);
    }
    if (r.previousGlobalHash !== (previous?.hash ?? GENESIS_HASH)) {
      const diagnosis = await diagnoseBrokenLink(context, r);
      return E.isLeft(diagnosis) ? diagnosis : broken(diagnosis.right);
    }
    const head = streams.get(r.stream);
    if (r.streamRevision !== (head === undefined ? 0 : head.revision + 1) || r.previousStreamHash !== (head?.hash ?? GENESIS_HASH)) {
      const diagnosis = await diagnoseBrokenStreamLink(context, r, head);
      return E.isLeft(diagnosis) ? diagnosis : broken(diagnosis.right);
    }
    streams.set(r.stream, { revision: r.streamRevision, hash: r.hash, position, record: r });
    previous = r;
  }
  return E.right({ _tag: 'Intact', headPosition: position, headHash: previous?.hash ?? GENESIS_HASH, eventCount: position });
};
