import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { CampaignEvent } from '../events/campaignEvent';
import { runProjection, type Projection } from '../projections/projection';
import type { EventEnvelope } from '../store/eventEnvelope';
import type { EventStore } from '../store/eventStore';
import type { StoreError } from '../store/storeError';
import type { AsOfPoints } from './asOf';
import { envelopesAsOf, maxPositionAsOf } from './envelopesAsOf';

/** Options of replayAsOf. */
export interface ReplayAsOfOptions {
  /** How many envelopes one read asks the store for; defaults to 1000. */
  readonly pageSize?: number;
}

type Envelopes = ReadonlyArray<EventEnvelope<CampaignEvent>>;

// Reads the log page by page in global order, and stops once past the highest position needed.
const readLog = (store: EventStore<CampaignEvent>, pageSize: number, upTo: number): TE.TaskEither<StoreError, Envelopes> => {
  const from = (fromPosition: number, read: Envelopes): TE.TaskEither<StoreError, Envelopes> =>
    pipe(
      store.readAll({ direction: 'forwards', fromPosition, limit: pageSize }),
      TE.chain((page) => {
        const all = read.concat(page);
        const last = page[page.length - 1];
        return page.length < pageSize || last === undefined || last.globalPosition >= upTo
          ? TE.right(all)
          : from(last.globalPosition + 1, all);
      }),
    );
  return upTo < 1 ? TE.right([]) : from(1, []);
};

/**
 * Folds a projection over the campaign log as of one or more points (see envelopesAsOf), reading
 * the whole log through the store port (only up to the position when a `Position` point bounds
 * it). The fold sees exactly the envelopes `envelopesAsOf` keeps, so any projection (the campaign
 * facts, a view of one's own) can be had as of a position, a recorded time or a domain date.
 *
 * @example
 * const factsThen = await replayAsOf(store, asOfRecordedAt('2009-01-31T00:00:00Z'), campaignFactsProjection)();
 * if (E.isRight(factsThen)) figureOf(factsThen.right, classes2007);
 */
export const replayAsOf = <S>(
  store: EventStore<CampaignEvent>,
  points: AsOfPoints,
  projection: Projection<CampaignEvent, S>,
  options: ReplayAsOfOptions = {},
): TE.TaskEither<StoreError, S> => {
  const pageSize = options.pageSize ?? 1000;
  if (!Number.isSafeInteger(pageSize) || pageSize < 1) {
    throw new RangeError(`replayAsOf: pageSize must be an integer >= 1, got ${String(options.pageSize)}`);
  }
  return pipe(
    readLog(store, pageSize, maxPositionAsOf(points) ?? Number.POSITIVE_INFINITY),
    TE.map((log) => runProjection(projection, envelopesAsOf(log, points))),
  );
};
