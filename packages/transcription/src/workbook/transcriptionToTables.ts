import * as E from 'fp-ts/lib/Either.js';
import { commandShapes } from '../compile/catalogIndex';
import { type Place, placeText } from '../format/scalars';
import type { FactEntry, SentenceEntry, StatementEntry, Transcription } from '../format/transcriptionCodec';
import { numberWords } from '../numbers/numberWords';
import { parseWrittenNumber } from '../numbers/writtenNumber';
import { formatFieldList, type NamedValue } from './fieldList';
import { DOCUMENT_FIELDS, SHEETS, type SheetName, TERM_LIST_COLUMNS } from './sheetLayout';
import type { WrittenSheet } from './sheetTable';

type Row = Record<string, string>;

const text = (u: unknown): string => {
  if (u === undefined || u === null) return '';
  if (typeof u === 'object' && 'paragraph' in u) return placeText(u as Place);
  return String(u);
};

const QUALIFIER_WORDS = numberWords.filter((w) => w.meaning.kind === 'qualifier').map((w) => w.words.join(' '));

// "trên 12.360" as the qualifier "trên" and the number "12.360", when the number alone reads as one
// with no qualifier: the reader joins them again with one space, so the text comes back as written.
const splitQualifier = (number: string): { readonly qualifier: string; readonly number: string } => {
  for (const word of QUALIFIER_WORDS) {
    if (!number.startsWith(`${word} `)) continue;
    const rest = number.slice(word.length + 1);
    const alone = parseWrittenNumber(rest);
    if (rest.trim() === rest && E.isRight(alone) && alone.right.qualifier === undefined && alone.right.percent === undefined) return { qualifier: word, number: rest };
  }
  return { qualifier: '', number };
};

// A value of a fact as name=value pairs: a list as the name repeated (ids joined by commas), a mapping as dotted names.
const pairsOf = (name: string, value: unknown, type: string | undefined): ReadonlyArray<NamedValue> => {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) {
    const joinable = type !== undefined && type !== 'Array<NonEmptyText>' && value.every((v) => typeof v === 'string' && !v.includes(','));
    if (joinable) return [{ name, value: value.join(', ') }];
    return value.flatMap((item) => (Array.isArray(item) ? [{ name, value: item.map(text).join(', ') }] : pairsOf(name, item, undefined)));
  }
  if (typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => pairsOf(`${name}.${k}`, v, undefined));
  return [{ name, value: text(value) }];
};

const factRow = (fact: FactEntry): Row => {
  const commands = Object.keys(fact);
  const command = commands[0];
  if (command === undefined || commands.length > 1) throw new RangeError(`a fact names one command; got ${commands.length === 0 ? 'none' : commands.join(', ')}`);
  const shape = commandShapes.get(command);
  const fields = Object.entries(fact[command] ?? {}).flatMap(([name, value]) => pairsOf(name, value, shape?.fields.get(name)?.type));
  return { command, fields: formatFieldList(fields) };
};

const STATEMENT_KEYS = new Set(['figure', 'number', 'unit', 'id', 'parts', 'category']);

const statementRow = (statement: StatementEntry): Row => {
  const { qualifier, number } = splitQualifier(text(statement['number']));
  const parts = statement['parts'];
  const dimensions = Object.entries(statement)
    .filter(([name]) => !STATEMENT_KEYS.has(name))
    .flatMap(([name, value]) => pairsOf(name, value, undefined));
  return {
    category: text(statement['category']),
    measure: text(statement['figure']),
    number,
    unit: text(statement['unit']),
    qualifier,
    id: text(statement['id']),
    parts: Array.isArray(parts) ? parts.map(text).join(', ') : text(parts),
    dimensions: formatFieldList(dimensions),
  };
};

// What every row of a sentence repeats (its quote only on its first row of each sheet).
const sentenceCells = (sentence: SentenceEntry, first: boolean): Row => ({
  sentence: text(sentence.at),
  quote: first ? text(sentence.quote) : '',
  year: text(sentence.year),
  organisation: text(sentence.organisation),
  source: text(sentence.source),
});

const sheetOf = (sheet: SheetName, rows: ReadonlyArray<Row>): WrittenSheet => {
  const columns = SHEETS.find((s) => s.sheet === sheet)?.columns ?? [];
  return { sheet, columns, rows: rows.map((row) => columns.map((c) => row[c] ?? '')) };
};

/**
 * A transcription as the sheets of the workbook layout (see SHEETS): the document's fields, the
 * terms, the organisations, one statements row per stated figure (and one for each sentence that
 * states none, to keep its place), and one facts row per fact. Reading the sheets back gives the
 * same transcription.
 */
export const transcriptionToTables = (transcription: Transcription): ReadonlyArray<WrittenSheet> => {
  const header: Record<string, unknown> = { transcription: transcription.transcription, ...transcription.document };
  for (const [k, v] of Object.entries(transcription.launch ?? {})) header[`launch.${k}`] = v;
  const document = DOCUMENT_FIELDS.map((field) => ({ field, value: text(header[field]) }));
  const terms = (transcription.terms ?? []).map((term): Row => {
    const label = term.label as Readonly<Record<string, unknown>> | undefined;
    const row: Row = { 'label.vi': text(label?.['vi']), 'label.en': text(label?.['en']) };
    for (const [k, v] of Object.entries(term)) {
      if (k === 'label') continue;
      if (TERM_LIST_COLUMNS.includes(k) && Array.isArray(v)) row[k] = v.map(text).join(', ');
      else if (k === 'partitions' && Array.isArray(v)) row[k] = v.map((group) => (Array.isArray(group) ? group.map(text).join(', ') : text(group))).join('; ');
      else row[k] = text(v);
    }
    return row;
  });
  const organisations = (transcription.organisations ?? []).map((o): Row => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, text(v)])));
  const statements: Row[] = [];
  const facts: Row[] = [];
  for (const sentence of transcription.sentences) {
    const states = sentence.states ?? [];
    if (states.length === 0) statements.push(sentenceCells(sentence, true));
    states.forEach((st, n) => statements.push({ ...sentenceCells(sentence, n === 0), ...statementRow(st) }));
    (sentence.facts ?? []).forEach((fact, n) => facts.push({ ...sentenceCells(sentence, n === 0), ...factRow(fact) }));
  }
  return [
    sheetOf('document', document),
    sheetOf('terms', terms),
    sheetOf('organisations', organisations),
    sheetOf('statements', statements),
    sheetOf('facts', facts),
  ];
};
