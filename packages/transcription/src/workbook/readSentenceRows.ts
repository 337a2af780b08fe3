import * as E from 'fp-ts/lib/Either.js';
import type { EntryPath } from '../compile/problem';
import { PlaceText, placeText } from '../format/scalars';
import type { LocatedProblem } from '../read/located';
import type { CellMap } from './cellMap';
import { factOfRow } from './factRow';
import type { ReportProblem, RowEntry } from './rowEntry';
import type { NamedRow, NamedSheet } from './sheetColumns';
import { layoutName, RECORD_VALUES } from './sheetLayout';
import type { CellPlace } from './sheetTable';
import { statementOfRow } from './statementRow';

interface Shared {
  readonly text: string;
  readonly place: CellPlace;
}

// A sentence as its rows give it, before it is written as the format's plain structure.
interface Draft {
  readonly key: string;
  readonly first: CellPlace;
  at?: Shared;
  quote?: Shared;
  source?: Shared;
  year?: Shared;
  organisation?: Shared;
  readonly facts: RowEntry[];
  readonly states: RowEntry[];
}

const normalised = (text: string): string => text.normalize('NFC').trim().replace(/\s+/g, ' ');

// The place as the key of a sentence: "09.2" and "9.2" are the same place.
const placeKey = (text: string): string => {
  const place = PlaceText.decode(text);
  return E.isRight(place) ? placeText(place.right) : text;
};

/**
 * Reads the statements and facts sheets into sentences: rows with the same place, source and
 * quote are one sentence, in the order the sentences first appear (statements, then facts). A row
 * whose quote is empty continues the sentence of the nearest row above it at the same place (in
 * its sheet), or the one sentence at that place. A row whose `record` is `no` is left out.
 */
export const readSentenceRows = (
  file: string,
  sheets: { readonly statements: NamedSheet | undefined; readonly facts: NamedSheet | undefined },
  cells: CellMap,
  problems: LocatedProblem[],
): ReadonlyArray<Readonly<Record<string, unknown>>> => {
  const drafts: Draft[] = [];
  const problem: ReportProblem = (place, message, known) =>
    problems.push({ file, sheet: place.sheet, line: place.row, ...(place.heading === undefined ? {} : { heading: place.heading }), path: [], message, ...(known === undefined ? {} : { known }) });

  const label = (d: Draft): string => (d.at !== undefined ? d.at.text : d.source !== undefined ? `citing ${d.source.text}` : `"${(d.quote?.text ?? '').slice(0, 40)}"`);

  const share = (draft: Draft, field: 'year' | 'organisation', row: NamedRow) => {
    const text = row.text(field);
    if (text === '') return;
    const current = draft[field];
    if (current === undefined) draft[field] = { text, place: row.place(field) };
    else if (normalised(current.text) !== normalised(text)) {
      const own = field === 'year' ? 'year=2009' : 'organisation=all';
      problem(
        row.place(field),
        `the sentence ${label(draft)} is filed under ${field} ${current.text} (sheet ${current.place.sheet}, row ${current.place.row}); its rows give the same ${field} or leave it empty: a figure's own ${field} goes in dimensions (${own}), a fact's in fields`,
      );
    }
  };

  const sentenceOf = (row: NamedRow, lastAt: Map<string, Draft>): Draft => {
    const at = row.text('sentence');
    const source = row.text('source');
    const quote = row.text('quote');
    const key = JSON.stringify([placeKey(at), normalised(source)]);
    let draft: Draft | undefined;
    if (quote !== '') draft = drafts.find((d) => d.key === key && d.quote !== undefined && normalised(d.quote.text) === normalised(quote));
    else {
      draft = lastAt.get(key);
      if (draft === undefined) {
        const candidates = drafts.filter((d) => d.key === key);
        if (candidates.length > 1) {
          const where = candidates.map((d) => `sheet ${d.first.sheet}, row ${d.first.row}`).join('; ');
          problem(row.place('quote'), `${candidates.length} sentences stand at ${at === '' ? 'no place' : at} (${where}): write this row's quote to say which`);
        }
        draft = candidates[0];
      }
    }
    if (draft === undefined) {
      draft = { key, first: row.place('sentence'), facts: [], states: [] };
      drafts.push(draft);
    }
    lastAt.set(key, draft);
    if (draft.at === undefined && at !== '') draft.at = { text: at, place: row.place('sentence') };
    if (draft.source === undefined && source !== '') draft.source = { text: source, place: row.place('source') };
    if (draft.quote === undefined && quote !== '') draft.quote = { text: quote, place: row.place('quote') };
    share(draft, 'year', row);
    share(draft, 'organisation', row);
    return draft;
  };

  const recorded = (row: NamedRow): boolean => {
    const value = layoutName(row.text('record'));
    if (value === '' || value === 'yes') return true;
    if (value === 'no') return false;
    problem(row.place('record'), `record is yes (or empty) to record the row, or no to keep it as a note; got "${row.text('record')}"`, RECORD_VALUES);
    return true;
  };

  const readSheet = (sheet: NamedSheet | undefined, entryOf: (row: NamedRow, report: ReportProblem) => RowEntry | undefined, into: (d: Draft) => RowEntry[]) => {
    const lastAt = new Map<string, Draft>();
    for (const row of sheet?.rows ?? []) {
      if (!recorded(row)) continue;
      const draft = sentenceOf(row, lastAt);
      const entry = entryOf(row, problem);
      if (entry !== undefined) into(draft).push(entry);
    }
  };
  readSheet(sheets.statements, statementOfRow, (d) => d.states);
  readSheet(sheets.facts, factOfRow, (d) => d.facts);

  return drafts.map((d, s) => {
    const at: EntryPath = ['sentences', s];
    cells.set(at, d.first);
    const sentence: Record<string, unknown> = {};
    for (const field of ['at', 'quote', 'source', 'year', 'organisation'] as const) {
      const shared = d[field];
      if (shared === undefined) continue;
      sentence[field] = shared.text;
      cells.set([...at, field], shared.place);
    }
    const entries = (kind: 'facts' | 'states', list: ReadonlyArray<RowEntry>) => {
      if (list.length === 0) return;
      sentence[kind] = list.map((e, n) => {
        for (const [path, place] of e.cells) cells.set([...at, kind, n, ...path], place);
        return e.entry;
      });
    };
    entries('facts', d.facts);
    entries('states', d.states);
    return sentence;
  });
};
