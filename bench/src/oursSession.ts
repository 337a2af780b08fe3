import { campaignDomainDate, describeHandleCommandError, handleCommand, type CampaignEvent, type EventStore } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { bulkAppendOurs } from './bulkAppendOurs';
import { workloadDecider } from './commandDecider';
import { orThrow } from './orThrow';
import type { SubjectSession } from './subject';

/** How many events a full replay reads per page, in every subject that reads in pages. */
export const REPLAY_PAGE = 1_000;

/**
 * The bench's operations on one of our stores, through the public API only: handleCommand for
 * command-style appends, bulkAppendOurs for imports, readAll pages and readStream for replays.
 */
export const oursSession = (store: EventStore<CampaignEvent>, dispose: () => Promise<void>): SubjectSession => ({
  commandAppends: async (workload) => {
    for (const stream of workload.streams) {
      for (const command of stream.commands) {
        // The workload chose the ids; handleCommand asks for one per event, in order.
        const ids = command.events.map((e) => e.id);
        let next = 0;
        const handled = await handleCommand({
          store,
          decider: workloadDecider,
          stream: stream.name,
          command,
          domainDateOf: campaignDomainDate,
          newId: () => ids[next++] as string,
          maxRetries: 0,
        })();
        if (E.isLeft(handled)) throw new Error(`command on ${stream.name}: ${describeHandleCommandError(handled.left)}`);
      }
    }
  },
  bulkImport: (source) => bulkAppendOurs(store, source),
  fullReplay: async (fold) => {
    for (let from = 1; ; ) {
      const page = await orThrow(store.readAll({ fromPosition: from, limit: REPLAY_PAGE }), 'read the log');
      for (const envelope of page) fold.add(envelope);
      const last = page[page.length - 1];
      if (last === undefined || page.length < REPLAY_PAGE) return;
      from = last.globalPosition + 1;
    }
  },
  replayByStream: async (streams, fold) => {
    for (const stream of streams) {
      for (const envelope of await orThrow(store.readStream(stream), `read ${stream}`)) fold.add(envelope);
    }
  },
  // Our positions run from 1 with no gaps, so the last one is the count.
  storedCount: async () => (await orThrow(store.readAll({ direction: 'backwards', limit: 1 }), 'read the log head'))[0]?.globalPosition ?? 0,
  close: dispose,
});
