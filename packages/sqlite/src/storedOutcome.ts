import { sameEventContent, type AppendResult, type PreparedAppendEvent, type StoreError, type StoredEventShape } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import type { EventRow } from './eventRow';
import { parseJsonText } from './jsonText';

const contentOf = (row: EventRow) => {
  const data = parseJsonText(row.dataText);
  const metadata = parseJsonText(row.metadataText);
  // A stored row that no longer parses cannot be the same content as anything.
  if (E.isLeft(data) || E.isLeft(metadata)) return undefined;
  return { event: { type: row.type, data: data.right }, domainDate: row.domainDate, metadata: metadata.right as Record<string, string> };
};

/**
 * What an append whose ids are already stored amounts to: the original result when every id is
 * stored in this stream with the same content (a retry), otherwise DuplicateEventId naming an id
 * and the stream that holds it. Null when none of the ids is stored.
 */
export const storedOutcome = <E extends StoredEventShape>(
  stream: string,
  batch: ReadonlyArray<PreparedAppendEvent<E>>,
  rows: ReadonlyArray<EventRow>,
): E.Either<StoreError, AppendResult> | null => {
  if (rows.length === 0) return null;
  const byId = new Map(rows.map((row) => [row.eventId, row]));
  const stored = batch.map((p) => byId.get(p.id));
  const firstStored = stored.find((row) => row !== undefined) as EventRow;
  const originals: EventRow[] = [];
  for (const [i, original] of stored.entries()) {
    if (original === undefined) return E.left({ _tag: 'DuplicateEventId', eventId: firstStored.eventId, stream: firstStored.stream });
    const content = contentOf(original);
    if (original.stream !== stream || content === undefined || !sameEventContent(content, batch[i] as PreparedAppendEvent<E>)) {
      return E.left({ _tag: 'DuplicateEventId', eventId: original.eventId, stream: original.stream });
    }
    originals.push(original);
  }
  return E.right({
    nextExpectedRevision: Math.max(...originals.map((o) => o.streamRevision)),
    positions: originals.map((o) => o.globalPosition),
  });
};
