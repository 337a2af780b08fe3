import type { Language } from '../text/language';
import { type Reconciliation, reconciliationKindLabels } from './reconciliation';

/**
 * A reconciliation as text lines: "! figure:2010/classes: tổng khác tổng các phần — 2 + 33 = 35 ≠ 36",
 * `!` marking an alarm, then each note indented under it ("    · ô số liệu của khóa này: ...").
 */
export const formatReconciliation = (r: Reconciliation, lang: Language): ReadonlyArray<string> => [
  `${r.alarm ? '!' : ' '} ${r.figureId}: ${reconciliationKindLabels[r.kind][lang]} — ${r.arithmetic.line[lang]}`,
  ...r.notes.map((n) => `    · ${n.line[lang]}`),
];

/** Several reconciliations as text lines, one block each, in the order given. */
export const formatReconciliations = (rs: ReadonlyArray<Reconciliation>, lang: Language): ReadonlyArray<string> =>
  rs.flatMap((r) => formatReconciliation(r, lang));
