import { GENESIS_HASH, hashEvent } from '@campaign-ledger/core/adapter';
import * as E from 'fp-ts/lib/Either.js';
import type { EventLine } from './eventLine';
import type { EventsFile, NumberedEvent } from './readEventsFile';

/** The file's chain holds: every line hashes to its hash and links to the lines before it. */
export interface FileChainIntact {
  /** The hash of the file's last event (the genesis hash for a file without events). */
  readonly headHash: string;
  readonly eventCount: number;
}

/** The first line where the file's chain does not hold, and how. */
export interface FileChainBroken {
  readonly _tag: 'FileChainBroken';
  readonly line: number;
  readonly detail: string;
}

// Where a stream stands in the file so far: its last revision, hash and line.
interface StreamTip {
  readonly revision: number;
  readonly hash: string;
  readonly line: number;
}

const recomputedHash = (e: EventLine): string =>
  hashEvent({
    eventId: e.eventId,
    stream: e.stream,
    streamRevision: e.streamRevision,
    globalPosition: e.globalPosition,
    recordedAt: e.recordedAt,
    domainDate: e.domainDate,
    event: { type: e.event.type, data: e.data },
    metadata: e.metadata,
    previousStreamHash: e.previousStreamHash,
    previousGlobalHash: e.previousGlobalHash,
  });

// Why a line does not follow the line before it and the stream's tip, or undefined when it does.
const breakOf = (current: NumberedEvent, previous: NumberedEvent | undefined, tip: StreamTip | undefined, wholeLog: boolean): string | undefined => {
  const e = current.event;
  const recomputed = recomputedHash(e);
  if (recomputed !== e.hash) return `the line says its hash is ${e.hash}, but its content hashes to ${recomputed}: the line was altered after it was sealed`;
  const before = previous?.event;
  if (before !== undefined && e.globalPosition <= before.globalPosition) {
    return `globalPosition ${e.globalPosition} does not come after line ${previous?.line}'s ${before.globalPosition}: the events are out of order`;
  }
  const expectedPosition = (before?.globalPosition ?? 0) + 1;
  if (wholeLog && e.globalPosition !== expectedPosition) {
    return `globalPosition ${e.globalPosition}, expected ${expectedPosition}: a whole log's events follow each other from position 1, so events are missing before this line`;
  }
  // A campaign's file leaves out the other streams' events: where it skips positions, the global link points outside the file.
  if (e.globalPosition === expectedPosition) {
    const link = before?.hash ?? GENESIS_HASH;
    if (e.previousGlobalHash !== link) {
      return before === undefined
        ? `previousGlobalHash ${e.previousGlobalHash}, expected ${GENESIS_HASH}: the log's first event links to no event`
        : `previousGlobalHash ${e.previousGlobalHash} does not link to line ${previous?.line}'s hash ${before.hash}: one of the two lines was altered`;
    }
  }
  const expectedRevision = (tip?.revision ?? -1) + 1;
  if (e.streamRevision !== expectedRevision) {
    return `streamRevision ${e.streamRevision}, expected ${expectedRevision}: the events of the stream ${e.stream} follow each other from revision 0`;
  }
  const streamLink = tip?.hash ?? GENESIS_HASH;
  if (e.previousStreamHash !== streamLink) {
    return tip === undefined
      ? `previousStreamHash ${e.previousStreamHash}, expected ${GENESIS_HASH}: the first event of the stream ${e.stream} links to no event`
      : `previousStreamHash ${e.previousStreamHash} does not link to line ${tip.line}'s hash ${tip.hash} (the event before it in the stream ${e.stream}): one of the two lines was altered`;
  }
  if (before !== undefined && e.recordedAt < before.recordedAt) {
    return `recordedAt ${e.recordedAt} is earlier than line ${previous?.line}'s ${before.recordedAt}: recorded times never go back along a log`;
  }
  return undefined;
};

/**
 * Recomputes the file's hash chain from its own lines and compares it with the hashes they carry:
 * every event hashes to its hash; its stream's events follow each other from revision 0, each
 * linked to the one before; the positions grow, and where they follow each other (everywhere in a
 * whole log, which starts at position 1) each event links to the line before. The times never go
 * back. The first line where this fails is named.
 */
export const checkFileChain = (file: EventsFile): E.Either<FileChainBroken, FileChainIntact> => {
  const wholeLog = file.header.campaign === null;
  const tips = new Map<string, StreamTip>();
  let previous: NumberedEvent | undefined;
  for (const current of file.events) {
    const detail = breakOf(current, previous, tips.get(current.event.stream), wholeLog);
    if (detail !== undefined) return E.left({ _tag: 'FileChainBroken', line: current.line, detail });
    tips.set(current.event.stream, { revision: current.event.streamRevision, hash: current.event.hash, line: current.line });
    previous = current;
  }
  return E.right({ headHash: previous?.event.hash ?? GENESIS_HASH, eventCount: file.events.length });
};
