import type { CampaignEvent, EventEnvelope, NewEvent } from '@campaign-ledger/core';
import { CommandHandler, type DefaultRecord, type Event, type EventStore, type ReadEvent, type ReadEventMetadataWithGlobalPosition } from '@event-driven-io/emmett';
import { benchEnvelope } from './benchEnvelope';
import { BULK_CHUNK } from './bulkAppendOurs';
import { workloadDecider, type CampaignState } from './commandDecider';
import type { ReplayFold } from './replayFold';
import type { SubjectSession } from './subject';

/** A campaign event as Emmett stores it: type and data, with our domain date in its metadata. */
export type EmmettCampaignEvent = Event<string, DefaultRecord, { readonly domainDate: string | null }>;

/** An Emmett store that numbers its events globally: the in-memory and the PostgreSQL one. */
export type EmmettStore = EventStore<ReadEventMetadataWithGlobalPosition>;

/** A campaign event of the workload, as Emmett's append takes it. */
export const toEmmett = (e: NewEvent<CampaignEvent>): EmmettCampaignEvent => ({
  type: e.event.type,
  // Our payloads are JSON objects; Emmett types them as records.
  data: e.event.data as unknown as DefaultRecord,
  metadata: { domainDate: e.domainDate },
});

/** What the facts projection takes, from an event as Emmett reads it back (its positions count from 1). */
export const envelopeOfEmmett = (read: ReadEvent<EmmettCampaignEvent, ReadEventMetadataWithGlobalPosition>): EventEnvelope<CampaignEvent> =>
  benchEnvelope({
    eventId: read.metadata.messageId,
    stream: read.metadata.streamName,
    streamRevision: Number(read.metadata.streamPosition) - 1,
    globalPosition: Number(read.metadata.globalPosition),
    recordedAt: '',
    domainDate: read.metadata.domainDate ?? null,
    event: { type: read.type, data: read.data } as unknown as CampaignEvent,
  });

// Emmett's command handler: aggregateStream with the campaign decider's evolve, then appendToStream
// at the version it read.
const handle = CommandHandler<CampaignState, EmmettCampaignEvent>({
  evolve: (state, event) => workloadDecider.evolve(state, { type: event.type, data: event.data } as unknown as CampaignEvent),
  initialState: workloadDecider.initialState,
});

/**
 * The bench's operations on an Emmett store through Emmett's own API: its CommandHandler for
 * command-style appends, appendToStream in chunks of 100 for imports (as ours), readStream for
 * replays by stream. Reading the whole log is each store's own business, given here.
 */
export const emmettSession = (
  store: EmmettStore,
  rest: Pick<SubjectSession, 'storedCount' | 'close'> & Partial<Pick<SubjectSession, 'fullReplay' | 'storedBytes'>>,
): SubjectSession => {
  const replayStream = async (stream: string, fold: ReplayFold): Promise<void> => {
    const { events } = await store.readStream<EmmettCampaignEvent>(stream);
    for (const read of events) fold.add(envelopeOfEmmett(read));
  };
  return {
    commandAppends: async (workload) => {
      for (const stream of workload.streams) {
        for (const command of stream.commands) await handle(store, stream.name, () => command.events.map(toEmmett));
      }
    },
    bulkImport: async (source) => {
      for (const stream of source.streams) {
        for (let at = 0; at < stream.events.length; at += BULK_CHUNK) {
          await store.appendToStream(stream.name, stream.events.slice(at, at + BULK_CHUNK).map(toEmmett));
        }
      }
    },
    replayByStream: async (streams, fold) => {
      for (const stream of streams) await replayStream(stream, fold);
    },
    ...rest,
  };
};
