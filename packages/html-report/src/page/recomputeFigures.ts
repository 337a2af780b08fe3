import {
  CampaignEvent,
  type EventEnvelope,
  type Language,
  buildCampaignReport,
  campaignFactsProjection,
  campaignStreamName,
  formatCount,
  runProjection,
} from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { computedNumberText } from '../sections/computedText';
import type { EmbeddedLog } from './embeddedLog';

/** A figure as the page's table shows it: its key (as JSON), its label, and the number in its computed cell. */
export interface ShownFigure {
  readonly key: string;
  readonly label: string;
  /** The computed cell's number, or undefined where the cell shows none. */
  readonly number: string | undefined;
}

/** What the embedded log gives each figure, recomputed: its key (as JSON) and its number. */
export type RecomputedFigures = ReadonlyMap<string, string | undefined>;

/** Why the figures could not be recomputed: an event of the log that is no event of the catalog. */
export interface FiguresUnreadable {
  readonly _tag: 'FiguresUnreadable';
  readonly globalPosition: number;
  readonly reason: string;
}

/** What the comparison of the table with the recomputed figures found. */
export type FiguresCheck =
  | { readonly _tag: 'Agree'; readonly count: number }
  | { readonly _tag: 'Differ'; readonly count: number; readonly first: ShownFigure; readonly recomputed: string | undefined }
  | { readonly _tag: 'Unreadable'; readonly globalPosition: number; readonly reason: string };

/**
 * The figures of the campaign's report over the scope, recomputed with the core from the log the
 * page embeds: each event decoded by the catalog, the campaign's stream folded into its facts, and
 * the report built from them, each figure written as the table writes it.
 */
export const recomputeFigures = (
  log: EmbeddedLog,
  campaignId: string,
  organisationId: string | undefined,
  lang: Language,
): E.Either<FiguresUnreadable, RecomputedFigures> => {
  const stream = campaignStreamName(campaignId);
  const envelopes: Array<EventEnvelope<CampaignEvent>> = [];
  for (const envelope of log.envelopes) {
    if (envelope.stream !== stream) continue;
    const decoded = CampaignEvent.decode(envelope.event);
    if (E.isLeft(decoded)) return E.left({ _tag: 'FiguresUnreadable', globalPosition: envelope.globalPosition, reason: `it is no ${envelope.event.type} of the catalog` });
    envelopes.push({ ...envelope, event: decoded.right });
  }
  const facts = runProjection(campaignFactsProjection, envelopes);
  const report = buildCampaignReport(facts, organisationId === undefined ? {} : { organisationId });
  const figures = new Map<string, string | undefined>();
  for (const row of report.groups.flatMap((g) => g.sections.flatMap((s) => s.rows))) figures.set(JSON.stringify(row.key), computedNumberText(row.computed, lang));
  return E.right(figures);
};

/**
 * Every figure the table shows against its recomputed number. A page of one year shows only that
 * year's figures: figures the table leaves out are not looked at, but a figure the table shows and
 * the log does not give is a difference.
 */
export const compareFigures = (shown: ReadonlyArray<ShownFigure>, recomputed: RecomputedFigures): FiguresCheck => {
  const differing = shown.filter((figure) => !recomputed.has(figure.key) || recomputed.get(figure.key) !== figure.number);
  const first = differing[0];
  return first === undefined ? { _tag: 'Agree', count: shown.length } : { _tag: 'Differ', count: differing.length, first, recomputed: recomputed.get(first.key) };
};

/** The comparison in a sentence, in the page's language. */
export const describeFiguresCheck = (check: FiguresCheck, lang: Language): string => {
  const count = (n: number) => formatCount(n, lang);
  const none = lang === 'vi' ? 'không có số' : 'no number';
  switch (check._tag) {
    case 'Agree':
      return lang === 'vi'
        ? `Tính lại trong trình duyệt này từ nhật ký: cả ${count(check.count)} số liệu khớp với bảng.`
        : `Recomputed in this browser from the log: all ${count(check.count)} figures agree with the table.`;
    case 'Differ':
      return lang === 'vi'
        ? `Tính lại trong trình duyệt này từ nhật ký: ${count(check.count)} số liệu khác với bảng; đầu tiên là «${check.first.label}»: bảng ghi ${check.first.number ?? none}, nhật ký cho ${check.recomputed ?? none}.`
        : `Recomputed in this browser from the log: ${check.count === 1 ? 'one figure differs' : `${count(check.count)} figures differ`} from the table; the first is "${check.first.label}": the table shows ${check.first.number ?? none}, the log gives ${check.recomputed ?? none}.`;
    case 'Unreadable':
      return lang === 'vi'
        ? `Không tính lại được trong trình duyệt này: sự kiện ở vị trí ${count(check.globalPosition)} không đọc được (${check.reason}).`
        : `Not recomputed in this browser: the event at position ${count(check.globalPosition)} cannot be read (${check.reason}).`;
    default: {
      const _exhaustive: never = check;
      return _exhaustive;
    }
  }
};
