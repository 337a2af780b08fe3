import { CampaignEvent, type CampaignReport, type EventEnvelope, makeCampaignLedger, makeInMemoryEventStore } from '@campaign-ledger/core';
import { CAMPAIGN_ID, muongTeHistory, org, replayHistory } from '@campaign-ledger/fixtures';
import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventsFileOf } from '../eventsFile';
import { computedNumberText } from '../sections/computedText';
import { type EmbeddedLog, readEmbeddedLog } from './embeddedLog';
import { type ShownFigure, compareFigures, describeFiguresCheck, recomputeFigures } from './recomputeFigures';

let report: CampaignReport;
let log: EmbeddedLog;
let shown: ReadonlyArray<ShownFigure>;

beforeAll(async () => {
  const store = makeInMemoryEventStore({ codec: CampaignEvent });
  const replayed = await replayHistory(store, muongTeHistory);
  if (E.isLeft(replayed)) throw new Error(replayed.left.message);
  const [built, read] = await Promise.all([makeCampaignLedger({ store, campaignId: CAMPAIGN_ID, organisationId: org.district }).report()(), store.readAll()()]);
  if (E.isLeft(built) || E.isLeft(read)) throw new Error('the Mường Tè history cannot be read');
  report = built.right.report;
  const embedded = readEmbeddedLog(eventsFileOf(null, read.right));
  if (E.isLeft(embedded)) throw new Error(embedded.left.reason);
  log = embedded.right;
  shown = report.groups.flatMap((g) => g.sections.flatMap((s) => s.rows.map((r) => ({ key: JSON.stringify(r.key), label: r.label.vi, number: computedNumberText(r.computed, 'vi') }))));
}, 60_000);

describe('recomputeFigures', () => {
  it("gives every figure of the report, written as the table writes it, from the embedded log alone", () => {
    const recomputed = recomputeFigures(log, CAMPAIGN_ID, org.district, 'vi');
    expect(E.isRight(recomputed) && new Map([...recomputed.right])).toEqual(new Map(shown.map((f) => [f.key, f.number])));
    expect(compareFigures(shown, E.isRight(recomputed) ? recomputed.right : new Map())).toEqual({ _tag: 'Agree', count: shown.length });
  });

  it('names the first figure the table shows otherwise, and one the log does not give', () => {
    const recomputed = recomputeFigures(log, CAMPAIGN_ID, org.district, 'vi');
    if (E.isLeft(recomputed)) throw new Error(recomputed.left.reason);
    const edited = shown.map((f, i) => (i === 3 ? { ...f, number: '16' } : f));
    const check = compareFigures(edited, recomputed.right);
    expect(check).toEqual({ _tag: 'Differ', count: 1, first: edited[3], recomputed: shown[3]?.number });
    expect(describeFiguresCheck(check, 'vi')).toBe(
      `Tính lại trong trình duyệt này từ nhật ký: 1 số liệu khác với bảng; đầu tiên là «${shown[3]?.label}»: bảng ghi 16, nhật ký cho ${shown[3]?.number}.`,
    );
    const invented = [...shown, { key: '{"measure":"classes","period":1999}', label: 'Classes 1999', number: '3' }];
    expect(compareFigures(invented, recomputed.right)).toMatchObject({ _tag: 'Differ', count: 1, recomputed: undefined });
    expect(describeFiguresCheck(compareFigures(invented, recomputed.right), 'en')).toBe(
      'Recomputed in this browser from the log: one figure differs from the table; the first is "Classes 1999": the table shows 3, the log gives no number.',
    );
  });

  it('folds only the campaign it is told, and says which event is no event of the catalog', () => {
    const other = recomputeFigures(log, 'another-campaign', undefined, 'en');
    expect(E.isRight(other) && other.right.size).toBe(0);
    const envelopes = log.envelopes.map((e, i): EventEnvelope<{ readonly type: string; readonly data: unknown }> =>
      i === 10 ? { ...e, event: { type: e.event.type, data: { unknown: true } } } : e,
    );
    const unreadable = recomputeFigures({ ...log, envelopes }, CAMPAIGN_ID, org.district, 'vi');
    expect(unreadable).toEqual(E.left({ _tag: 'FiguresUnreadable', globalPosition: log.envelopes[10]?.globalPosition, reason: `it is no ${log.envelopes[10]?.event.type} of the catalog` }));
  });

  it('says all agree in both languages', () => {
    expect(describeFiguresCheck({ _tag: 'Agree', count: 1234 }, 'vi')).toBe('Tính lại trong trình duyệt này từ nhật ký: cả 1.234 số liệu khớp với bảng.');
    expect(describeFiguresCheck({ _tag: 'Agree', count: 1234 }, 'en')).toBe('Recomputed in this browser from the log: all 1,234 figures agree with the table.');
  });
});
