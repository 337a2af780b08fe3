import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { CampaignEvent } from '../events/campaignEvent';
import type { Projection } from '../projections/projection';
import type { EventEnvelope } from '../store/eventEnvelope';
import type { EventStore } from '../store/eventStore';
import { foldLog } from '../store/foldLog';
import type { StoreError } from '../store/storeError';
import type { AsOfPoints } from './asOf';
import { asOfSelection, emptyDomainDateIndex, happenedBy, indexDomainDate } from './envelopesAsOf';

/** Options of replayAsOf. */
export interface ReplayAsOfOptions {
  /** How many envelopes one read asks the store for; defaults to 1000. */
  readonly pageSize?: number;
}

type CampaignEnvelope = EventEnvelope<CampaignEvent>;

/** What foldAsOf folds: a store's log, the points, and which envelopes belong to the fold at all. */
export interface FoldAsOfOptions {
  readonly pageSize: number;
  /** Envelopes the fold ignores whatever the points (another campaign's); defaults to all kept. */
  readonly belongs?: (envelope: CampaignEnvelope) => boolean;
}

/**
 * Folds a projection over the log as of the points, streaming it a page at a time: the same
 * envelopes as `envelopesAsOf` over the whole log, without holding the log. A `DomainDate` point
 * takes two passes, since a fact is judged by its latest correction, which may come later: the
 * first gathers only dates, the second folds, up to where the first ended.
 */
export const foldAsOf = <S>(
  store: Pick<EventStore<CampaignEvent>, 'readAll'>,
  points: AsOfPoints,
  projection: Projection<CampaignEvent, S>,
  options: FoldAsOfOptions,
): TE.TaskEither<StoreError, S> => {
  const { pageSize, belongs = () => true } = options;
  const { maxPosition, isKnown, date } = asOfSelection(points);
  if (maxPosition < 1) return TE.right(projection.init());
  const known = (e: CampaignEnvelope): boolean => belongs(e) && isKnown(e);
  const fold = (keep: (e: CampaignEnvelope) => boolean, upTo: number) =>
    foldLog(store, projection.init(), (state, e: CampaignEnvelope) => (keep(e) ? projection.evolve(state, e) : state), { pageSize, upTo });
  if (date === undefined) return fold(known, maxPosition);
  return pipe(
    foldLog(
      store,
      { index: emptyDomainDateIndex(), last: 0 },
      (pass, e: CampaignEnvelope) => ({ index: known(e) ? indexDomainDate(pass.index, e) : pass.index, last: e.globalPosition }),
      { pageSize, upTo: maxPosition },
    ),
    TE.chain(({ index, last }) => {
      const happened = happenedBy(index, date);
      return fold((e) => known(e) && happened(e), last);
    }),
  );
};

/**
 * Folds a projection over the campaign log as of one or more points (see envelopesAsOf), reading
 * the log through the store port a page at a time (only up to the position when a `Position` point
 * bounds it), never holding more than a page. The fold sees exactly the envelopes `envelopesAsOf`
 * keeps, so any projection (the campaign facts, a view of one's own) can be had as of a position,
 * a recorded time or a domain date.
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
  return foldAsOf(store, points, projection, { pageSize });
};

