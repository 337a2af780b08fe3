import * as t from 'io-ts';
import { byTag } from '../model/codecFailures';
import type { Unbranded } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Count } from '../model/count';
import { IsoDate } from '../model/isoDate';

/** The brand that marks a checked RecordedTime. */
export interface RecordedTimeBrand {
  readonly RecordedTime: unique symbol;
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant written in ISO 8601 with its zone ("2008-01-31T00:00:00.000Z"), as stores write recordedAt. */
export const RecordedTime = t.brand(
  t.string,
  (s): s is t.Branded<string, RecordedTimeBrand> => ISO_TIMESTAMP.test(s) && !Number.isNaN(Date.parse(s)),
  'RecordedTime',
);
/** An instant written in ISO 8601 with its zone. */
export type RecordedTime = t.TypeOf<typeof RecordedTime>;

/**
 * A point in one of the ledger's two times (bi-temporal): `Position` and `RecordedAt` are points
 * in what the ledger knew (the log up to a global position, or up to an instant it recorded);
 * `DomainDate` is a point in what happened in the campaign, as the ledger knows it now (facts
 * whose domain date is on or before the date, with the corrections of those facts). See
 * docs/corrections.md. A field beside `_tag` and the point's own is refused.
 */
export const AsOf: t.Type<AsOf, Unbranded<AsOf>, unknown> = byTag('AsOf', '_tag', [
  fields({ _tag: t.literal('Position'), position: Count }, {}, 'AsOfPosition'),
  fields({ _tag: t.literal('RecordedAt'), at: RecordedTime }, {}, 'AsOfRecordedAt'),
  fields({ _tag: t.literal('DomainDate'), date: IsoDate }, {}, 'AsOfDomainDate'),
]) as t.Type<AsOf, Unbranded<AsOf>, unknown>;
/** A point in what the ledger knew (position, recorded time) or in what happened (domain date). */
export type AsOf =
  | { readonly _tag: 'Position'; readonly position: Count }
  | { readonly _tag: 'RecordedAt'; readonly at: RecordedTime }
  | { readonly _tag: 'DomainDate'; readonly date: IsoDate };

/**
 * Several points at once: every one applies. Combine `RecordedAt` with `DomainDate` for "what had
 * happened by D, as we knew it at T". An empty list is the whole log.
 */
export const AsOfPoints: t.Type<AsOfPoints, Unbranded<AsOf> | ReadonlyArray<Unbranded<AsOf>>, unknown> = t.union(
  [AsOf, t.readonlyArray(AsOf)],
  'AsOfPoints',
);
/** One point, or several that all apply. */
export type AsOfPoints = AsOf | ReadonlyArray<AsOf>;

/** The log as it stood after the event at a global position (0: nothing); throws on a programmer error. */
export const asOfPosition = (position: number): AsOf => {
  if (!Count.is(position)) throw new RangeError(`asOfPosition: ${position} is not a global position (an integer >= 0)`);
  return { _tag: 'Position', position };
};

/** What the ledger had recorded at an instant: events recorded then or before; throws on a programmer error. */
export const asOfRecordedAt = (at: string | Date): AsOf => {
  const written = at instanceof Date && !Number.isNaN(at.getTime()) ? at.toISOString() : at;
  if (!RecordedTime.is(written)) throw new RangeError(`asOfRecordedAt: ${String(at)} is not an ISO 8601 instant with its zone`);
  return { _tag: 'RecordedAt', at: written };
};

/** What had happened in the campaign by a day (YYYY-MM-DD), as the ledger knows it now; throws on a programmer error. */
export const asOfDomainDate = (date: string): AsOf => {
  if (!IsoDate.is(date)) throw new RangeError(`asOfDomainDate: "${date}" is not a real date written YYYY-MM-DD`);
  return { _tag: 'DomainDate', date };
};

/** The points as a list, one point being a list of one. */
export const asOfList = (points: AsOfPoints): ReadonlyArray<AsOf> => ('_tag' in points ? [points] : points);

/** A one-line English statement of the points, for headings and logs ("as recorded at ..., as happened by ..."). */
export const describeAsOf = (points: AsOfPoints): string => {
  const list = asOfList(points);
  if (list.length === 0) return 'the whole log';
  return list
    .map((p) => {
      switch (p._tag) {
        case 'Position':
          return `as of position ${p.position}`;
        case 'RecordedAt':
          return `as recorded at ${p.at}`;
        case 'DomainDate':
          return `as happened by ${p.date}`;
        default: {
          const _exhaustive: never = p;
          return _exhaustive;
        }
      }
    })
    .join(', ');
};
