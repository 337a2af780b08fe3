import { CampaignEvent, type EventStore, type StoreError, makeInMemoryEventStore } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import type { StoreSpec } from './storeSpec';

/** Options every store is opened with: a clock, so that a replay can be made to repeat exactly. */
export interface OpenStoreOptions {
  readonly clock?: () => Date;
}

/**
 * Opens the store a spec names, with the campaign codec. The durable stores' packages are loaded
 * only when asked for, so the embedded default needs none of their drivers.
 */
export const openStore = async (spec: StoreSpec, options: OpenStoreOptions = {}): Promise<E.Either<StoreError, EventStore<CampaignEvent>>> => {
  const clock = options.clock === undefined ? {} : { clock: options.clock };
  switch (spec._tag) {
    case 'Memory':
      return E.right(makeInMemoryEventStore({ codec: CampaignEvent, ...clock }));
    case 'Sqlite': {
      const { openSqliteEventStore } = await import('@campaign-ledger/sqlite');
      return openSqliteEventStore(spec.path, { codec: CampaignEvent, ...clock })();
    }
    case 'Postgres':
    case 'EventStoreDb':
      return E.left({ _tag: 'StoreUnavailable', message: `${spec._tag} is not wired into the example yet` });
  }
};
