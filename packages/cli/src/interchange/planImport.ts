import type { CampaignEvent, EventEnvelope, ExpectedRevision } from '@campaign-ledger/core';
import { sameEventContent } from '@campaign-ledger/core/adapter';
import * as E from 'fp-ts/lib/Either.js';
import type { NumberedEvent } from './readEventsFile';

/** One append of an import: consecutive events of the file, of one stream and one recorded time. */
export interface ImportAppend {
  readonly stream: string;
  readonly expectedRevision: ExpectedRevision;
  readonly recordedAt: string;
  readonly events: ReadonlyArray<NumberedEvent>;
}

/** What an import appends, in the file's order, and how many of the file's events the store already holds. */
export interface ImportPlan {
  readonly appends: ReadonlyArray<ImportAppend>;
  readonly held: number;
}

/** Why the file cannot be imported into the store: the store holds an event the file contradicts. */
export type ImportConflict =
  /** The store holds the line's id for another event (other content, or in another stream). */
  | { readonly _tag: 'ConflictingEvent'; readonly line: number; readonly eventId: string; readonly storedStream: string }
  /** The store's stream holds another event at the line's revision: the store and the file went different ways. */
  | { readonly _tag: 'DivergedStream'; readonly line: number; readonly stream: string; readonly streamRevision: number; readonly storedEventId: string };

const contentOf = (e: NumberedEvent['event']) => ({ event: { type: e.event.type, data: e.data }, domainDate: e.domainDate, metadata: e.metadata });

/**
 * Plans an import against the log the store holds. An event whose id the store holds with the same
 * content, in the same stream at the same revision, is not appended again; the others are appended
 * after their stream's last event, so every stream of the store must be the beginning of the
 * file's stream or the file's stream the beginning of the store's. Consecutive new events of one
 * stream that the file says were recorded at one time make one append (a transcription recorded at
 * once is one append), expecting the revision their stream stands at.
 */
export const planImport = (
  events: ReadonlyArray<NumberedEvent>,
  storeLog: ReadonlyArray<EventEnvelope<CampaignEvent>>,
): E.Either<ImportConflict, ImportPlan> => {
  const stored = new Map(storeLog.map((e) => [e.eventId, e]));
  const streams = new Map<string, Array<EventEnvelope<CampaignEvent>>>();
  for (const e of storeLog) streams.set(e.stream, [...(streams.get(e.stream) ?? []), e]);

  const fresh: NumberedEvent[] = [];
  for (const numbered of events) {
    const { line, event } = numbered;
    const original = stored.get(event.eventId);
    if (original !== undefined && (original.stream !== event.stream || !sameEventContent(original, contentOf(event)))) {
      return E.left({ _tag: 'ConflictingEvent', line, eventId: event.eventId, storedStream: original.stream });
    }
    const atRevision = streams.get(event.stream)?.[event.streamRevision];
    if (atRevision !== undefined && atRevision.eventId !== event.eventId) {
      return E.left({ _tag: 'DivergedStream', line, stream: event.stream, streamRevision: event.streamRevision, storedEventId: atRevision.eventId });
    }
    if (atRevision === undefined) fresh.push(numbered);
  }

  const tips = new Map<string, number>([...streams].map(([stream, held]) => [stream, held.length - 1]));
  const appends: Array<ImportAppend & { events: NumberedEvent[] }> = [];
  for (const numbered of fresh) {
    const { stream, recordedAt } = numbered.event;
    const last = appends[appends.length - 1];
    if (last !== undefined && last.stream === stream && last.recordedAt === recordedAt) last.events.push(numbered);
    else {
      const tip = tips.get(stream) ?? -1;
      appends.push({ stream, recordedAt, expectedRevision: tip === -1 ? 'no-stream' : tip, events: [numbered] });
    }
    tips.set(stream, (tips.get(stream) ?? -1) + 1);
  }
  return E.right({ appends, held: events.length - fresh.length });
};
