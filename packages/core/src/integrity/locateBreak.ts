import * as E from 'fp-ts/lib/Either.js';
import type { StoreError } from '../store/storeError';
import { describeRecord, hashAt, identityOf, isSealedAt, type StoredRecord } from './chainChecks';
import { GENESIS_HASH } from './eventSeal';
import type { LogCursor, LogItem } from './logCursor';
import type { LogProblem } from './verificationReport';

/** What the rest of the log says about a suspect record, gathered in one pass. */
interface Lookahead {
  /** How many items follow the suspect. */
  readonly count: number;
  /** The largest position any of them reports. */
  readonly maxPosition: number;
  /** The first later record sealed at the suspect's place, with the place it was found at. */
  readonly sealedHere: { readonly record: StoredRecord; readonly foundAt: number } | null;
  /** The first record, from the suspect on, whose stream link is the missing hash. */
  readonly streamSuccessor: StoredRecord | null;
  /** The first later record whose global link is one of the rival hashes. */
  readonly rivalSuccessor: StoredRecord | null;
}

/** What a diagnosis knows of the log before the suspect record. */
export interface BreakContext {
  readonly cursor: LogCursor;
  /** The suspect's place in the log, counted from 1 in read order. */
  readonly position: number;
  /** The record before it, which passed every check; undefined at position 1. */
  readonly previous: StoredRecord | undefined;
}

/** The last verified event of a stream, and where it was found. */
export interface StreamHead {
  readonly revision: number;
  readonly hash: string;
  readonly position: number;
  readonly record: StoredRecord;
}

const linkOf = (previous: StoredRecord | undefined): string => previous?.hash ?? GENESIS_HASH;

const lookAhead = async (
  context: BreakContext,
  suspect: StoredRecord | null,
  missingHash: string | null,
  rivals: ReadonlySet<string>,
): Promise<E.Either<StoreError, Lookahead>> => {
  const { cursor, position } = context;
  const link = linkOf(context.previous);
  let count = 0;
  let maxPosition = 0;
  let sealedHere: Lookahead['sealedHere'] = null;
  let streamSuccessor = missingHash !== null && suspect?.previousStreamHash === missingHash ? suspect : null;
  let rivalSuccessor: StoredRecord | null = null;
  for (;;) {
    const next = await cursor.next();
    if (E.isLeft(next)) return next;
    if (next.right === null) break;
    count += 1;
    const item = next.right;
    if (item._tag !== 'Envelope') continue;
    const r = item.envelope;
    if (typeof r?.globalPosition === 'number' && Number.isSafeInteger(r.globalPosition)) maxPosition = Math.max(maxPosition, r.globalPosition);
    // Only a record linked to the previous one can be the one sealed here; the link test spares a hash.
    if (sealedHere === null && r?.previousGlobalHash === link && isSealedAt(r, position)) sealedHere = { record: r, foundAt: position + count };
    if (streamSuccessor === null && missingHash !== null && r?.previousStreamHash === missingHash) streamSuccessor = r;
    if (rivalSuccessor === null && rivals.has(r?.previousGlobalHash)) rivalSuccessor = r;
  }
  return E.right({ count, maxPosition, sealedHere, streamSuccessor, rivalSuccessor });
};

/**
 * Where a record that does not hash at its place was sealed: its reported position first, then
 * the places nearest to where it was found. Null when it hashes nowhere (its content changed).
 */
const sealedPositionOf = (r: StoredRecord, foundAt: number, lookahead: Lookahead): number | null => {
  const logLength = foundAt + lookahead.count;
  // Removed events can push sealed positions past the log's length; a silly reported one cannot stretch the search.
  const upper = Math.min(Math.max(logLength + 1, lookahead.maxPosition), 2 * logLength + 1);
  const reported = r.globalPosition;
  if (Number.isSafeInteger(reported) && reported >= 1 && reported !== foundAt && isSealedAt(r, reported)) return reported;
  for (let distance = 1; foundAt + distance <= upper || foundAt - distance >= 1; distance++) {
    for (const candidate of [foundAt + distance, foundAt - distance]) {
      if (candidate >= 1 && candidate <= upper && candidate !== reported && isSealedAt(r, candidate)) return candidate;
    }
  }
  return null;
};

/**
 * Diagnoses a record that does not hash at its place (or could not be read at all): its content
 * changed, it was put there, or it was sealed elsewhere, which means that what was sealed here was
 * removed or moved.
 */
export const diagnoseMisplaced = async (context: BreakContext, item: LogItem): Promise<E.Either<StoreError, LogProblem>> => {
  const { position, previous } = context;
  const r = item._tag === 'Envelope' ? item.envelope : null;
  const rivals = new Set<string>(r !== null && previous !== undefined ? [r.hash, previous.hash] : []);
  const ahead = await lookAhead(context, r, r?.previousGlobalHash ?? null, rivals);
  if (E.isLeft(ahead)) return ahead;
  const la = ahead.right;
  const sealedHere = la.sealedHere;

  // An event the store cannot decode cannot be hashed: past a gap, take its reported position at its word.
  const sealedAt = item._tag === 'Envelope' ? sealedPositionOf(item.envelope, position, la) : item.globalPosition > position ? item.globalPosition : null;
  const here = item._tag === 'Envelope' ? identityOf(item.envelope) : { stream: item.stream, streamRevision: null, eventId: null };
  const what = item._tag === 'Envelope' ? describeRecord(item.envelope) : `the event stored at position ${item.globalPosition}`;

  if (sealedAt === null) {
    if (sealedHere !== null) {
      return E.right({
        kind: 'inserted',
        globalPosition: position,
        ...here,
        expectedHash: sealedHere.record.hash,
        ...(r === null ? {} : { actualHash: r.hash }),
        message: `position ${position}: ${what} was never sealed; the event sealed here follows it, at position ${sealedHere.foundAt}`,
      });
    }
    const unreadable = item._tag === 'Unreadable' ? `; the store cannot decode it (${item.reason})` : '';
    const recomputed = r === null ? null : hashAt(r, position);
    return E.right({
      kind: 'altered',
      globalPosition: position,
      ...here,
      ...(r === null ? {} : { expectedHash: r.hash }),
      ...(recomputed === null ? {} : { actualHash: recomputed }),
      message: `position ${position}: ${what} no longer matches the hash it was sealed with${unreadable}`,
    });
  }

  if (r !== null && sealedAt < position) {
    const rival = previous !== undefined && sealedAt === position - 1 && previous.hash !== r.hash && previous.previousGlobalHash === r.previousGlobalHash;
    if (rival && la.rivalSuccessor?.previousGlobalHash === r.hash) {
      return E.right({
        kind: 'inserted',
        globalPosition: position - 1,
        ...identityOf(previous),
        expectedHash: r.hash,
        actualHash: previous.hash,
        message: `position ${position - 1}: ${describeRecord(previous)} was put in place of ${describeRecord(r)}, which the log goes on from`,
      });
    }
    const why = rival
      ? la.rivalSuccessor === null
        ? `; two events claim position ${sealedAt} and nothing after them tells which is genuine`
        : `; the log goes on from ${describeRecord(previous)}`
      : '';
    return E.right({
      kind: 'inserted',
      globalPosition: position,
      ...here,
      actualHash: r.hash,
      message: `position ${position}: ${what} was sealed at position ${sealedAt}, which the log has already passed${why}`,
    });
  }

  if (sealedHere !== null) {
    return E.right({
      kind: 'reordered',
      globalPosition: position,
      ...identityOf(sealedHere.record),
      expectedHash: sealedHere.record.hash,
      ...(r === null ? {} : { actualHash: r.hash }),
      message: `position ${position}: ${describeRecord(sealedHere.record)}, sealed here, is found at position ${sealedHere.foundAt}; ${what} stands in its place`,
    });
  }

  // Nothing sealed here is left: it was removed. When exactly one event is missing, the record
  // after the gap links to its hash, and the next event of its stream, if any, names it.
  const missingHash = r !== null && sealedAt === position + 1 ? r.previousGlobalHash : null;
  const successor = missingHash === null ? null : la.streamSuccessor;
  const named =
    successor === null
      ? ''
      : ` It was revision ${successor.streamRevision - 1} of stream ${successor.stream}.`;
  return E.right({
    kind: 'removed',
    globalPosition: position,
    stream: successor === null ? null : successor.stream,
    streamRevision: successor === null ? null : successor.streamRevision - 1,
    eventId: null,
    ...(missingHash === null ? {} : { expectedHash: missingHash }),
    ...(r === null ? {} : { actualHash: r.hash }),
    message: `position ${position}: the event sealed here is missing; the log goes on with ${what}, sealed at position ${sealedAt}.${named}`,
  });
};

/**
 * Diagnoses a record that hashes at its place but does not link to the record before it: either
 * it was put there (the event sealed here comes later), or the record before it is not the one
 * that was sealed there (rewritten with a recomputed hash, or replaced).
 */
export const diagnoseBrokenLink = async (context: BreakContext, r: StoredRecord): Promise<E.Either<StoreError, LogProblem>> => {
  const { position, previous } = context;
  const ahead = await lookAhead(context, r, null, new Set());
  if (E.isLeft(ahead)) return ahead;
  const sealedHere = ahead.right.sealedHere;
  if (sealedHere !== null || previous === undefined) {
    return E.right({
      kind: sealedHere !== null ? 'inserted' : 'altered',
      globalPosition: position,
      ...identityOf(r),
      ...(sealedHere === null ? {} : { expectedHash: sealedHere.record.hash }),
      actualHash: r.hash,
      message:
        sealedHere !== null
          ? `position ${position}: ${describeRecord(r)} was put here; the event sealed here follows it, at position ${sealedHere.foundAt}`
          : `position 1: ${describeRecord(r)} opens the log but links to a predecessor`,
    });
  }
  return E.right({
    kind: 'altered',
    globalPosition: position - 1,
    ...identityOf(previous),
    expectedHash: r.previousGlobalHash,
    actualHash: previous.hash,
    message: `position ${position - 1}: ${describeRecord(previous)} is not the event sealed there: the next event links to another hash (rewritten with a recomputed hash, or replaced)`,
  });
};

/**
 * Diagnoses a record that hashes and links at its place in the log but not in its stream, which a
 * rewrite that recomputed the global chain only leaves behind: the record was put there (the event
 * sealed here comes later, or it claims a revision its stream has passed), a revision of its stream
 * is missing, or the stream's previous event is not the one that was sealed.
 */
export const diagnoseBrokenStreamLink = async (
  context: BreakContext,
  r: StoredRecord,
  head: StreamHead | undefined,
): Promise<E.Either<StoreError, LogProblem>> => {
  const { position } = context;
  const ahead = await lookAhead(context, r, null, new Set());
  if (E.isLeft(ahead)) return ahead;
  const sealedHere = ahead.right.sealedHere;
  const nextRevision = head === undefined ? 0 : head.revision + 1;
  if (sealedHere !== null || r.streamRevision < nextRevision) {
    return E.right({
      kind: 'inserted',
      globalPosition: position,
      ...identityOf(r),
      ...(sealedHere === null ? {} : { expectedHash: sealedHere.record.hash }),
      actualHash: r.hash,
      message:
        sealedHere !== null
          ? `position ${position}: ${describeRecord(r)} was put here; the event sealed here follows it, at position ${sealedHere.foundAt}`
          : `position ${position}: ${describeRecord(r)} claims a revision that stream ${r.stream} has already passed`,
    });
  }
  if (r.streamRevision > nextRevision) {
    return E.right({
      kind: 'removed',
      globalPosition: position,
      stream: r.stream,
      streamRevision: nextRevision,
      eventId: null,
      ...(r.streamRevision === nextRevision + 1 ? { expectedHash: r.previousStreamHash } : {}),
      message: `position ${position}: revision ${nextRevision} of stream ${r.stream} is missing before ${describeRecord(r)}, and the global chain was recomputed to hide it`,
    });
  }
  if (head === undefined) {
    return E.right({
      kind: 'altered',
      globalPosition: position,
      ...identityOf(r),
      expectedHash: GENESIS_HASH,
      actualHash: r.previousStreamHash,
      message: `position ${position}: ${describeRecord(r)} opens its stream but links to a predecessor`,
    });
  }
  return E.right({
    kind: 'altered',
    globalPosition: head.position,
    ...identityOf(head.record),
    expectedHash: r.previousStreamHash,
    actualHash: head.hash,
    message: `position ${head.position}: ${describeRecord(head.record)} is not the event sealed there: the next event of its stream, at position ${position}, links to another hash (rewritten, with the global chain recomputed after it)`,
  });
};
