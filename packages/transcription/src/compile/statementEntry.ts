import { figureKeyShapes, nearestFirst } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import type { StatementEntry, Transcription } from '../format/transcriptionCodec';
import { parseWrittenNumber } from '../numbers/writtenNumber';
import type { CompiledEntry } from './compiledTranscription';
import type { EntryPath, TranscriptionProblem } from './problem';
import { decodeEntry } from './decodeEntry';
import { provenanceOf } from './provenance';
import type { SentenceEntry } from '../format/transcriptionCodec';
import { countUnitOf, periodOf } from './writtenFields';

const shapes = new Map(figureKeyShapes().map((s) => [s.measure as string, s]));
const measures = [...shapes.keys()];

/** The fields of a statement that are not dimensions of its figure's key. */
const STATEMENT_FIELDS = new Set(['figure', 'number', 'id', 'unit', 'parts', 'year', 'organisation', 'quote', 'at', 'source']);

/** Writing `organisation: all` leaves the organisation out of the key: the figure over every organisation. */
export const ALL_ORGANISATIONS = 'all';

// Where each field of ReportFigure's data was written in a statement.
const WRITTEN_AS: Readonly<Record<string, string>> = {
  figureId: 'id',
  value: 'number',
  qualifier: 'number',
  numerator: 'number',
  denominator: 'number',
  percent: 'number',
  percentQualifier: 'number',
  countUnit: 'unit',
};

/**
 * Compiles a stated figure: the measure (`figure`), the number as the report writes it, its unit,
 * the figure's dimensions, and the facts it claims to total (`parts`). The sentence's year and
 * organisation, and the document's scope, fill the key's period and organisation when the
 * statement gives none.
 */
export const compileStatement = (
  transcription: Transcription,
  context: { readonly sentence: SentenceEntry },
  entry: StatementEntry,
  path: EntryPath,
  defaultId: string,
): E.Either<ReadonlyArray<TranscriptionProblem>, CompiledEntry> => {
  const measure = entry['figure'];
  const shape = typeof measure === 'string' ? shapes.get(measure) : undefined;
  if (shape === undefined) {
    const written = typeof measure === 'string' ? measure : '';
    return E.left([
      {
        path: [...path, 'figure'],
        message: measure === undefined ? `a statement names its figure's measure (figure: ...); known: ${measures.join(', ')}` : `unknown measure "${written}"; known: ${nearestFirst(written, measures).slice(0, 5).join(', ')}`,
        known: nearestFirst(written, measures),
      },
    ]);
  }
  const dims = new Set([...shape.required, ...shape.optional]);
  const problems: TranscriptionProblem[] = [];
  const key: Record<string, unknown> = { measure: shape.measure };
  for (const [name, value] of Object.entries(entry)) {
    if (STATEMENT_FIELDS.has(name)) continue;
    if (name === 'period') {
      const period = periodOf(value, [...path, name]);
      if (E.isLeft(period)) problems.push(period.left);
      else key['period'] = period.right;
    } else key[name] = name === 'countUnit' ? countUnitOf(value) : value;
  }
  const year = entry['year'] ?? context.sentence.year;
  if (year !== undefined && !('period' in key)) {
    if (dims.has('period')) {
      const period = periodOf(year, entry['year'] === undefined ? path : [...path, 'year']);
      if (E.isLeft(period)) problems.push(period.left);
      else key['period'] = period.right;
    } else if (entry['year'] !== undefined) {
      problems.push({ path: [...path, 'year'], message: `the figure ${shape.measure} has no year; its key takes ${[...dims].join(', ')}` });
    }
  }
  const organisation = entry['organisation'] ?? context.sentence.organisation ?? transcription.document.scope;
  if (organisation !== ALL_ORGANISATIONS && !('organisationId' in key)) {
    if (dims.has('organisationId')) key['organisationId'] = organisation;
    else if (entry['organisation'] !== undefined) {
      problems.push({ path: [...path, 'organisation'], message: `the figure ${shape.measure} is not taken over an organisation; its key takes ${[...dims].join(', ')}` });
    }
  }
  const unit = entry['unit'] === undefined ? undefined : countUnitOf(entry['unit']);
  if (unit !== undefined && shape.required.includes('countUnit') && !('countUnit' in key)) key['countUnit'] = unit;
  const stated: Record<string, unknown> = {};
  const number = entry['number'];
  if (typeof number === 'string') {
    const parsed = parseWrittenNumber(number);
    if (E.isLeft(parsed)) problems.push({ path: [...path, 'number'], message: parsed.left.message, expected: 'a number as the report writes it', actual: JSON.stringify(number) });
    else {
      const { qualifier, denominator, percent, percentQualifier } = parsed.right;
      // "1.917 đảng viên, đạt 91%": the count beside a rate's percentage is its numerator, its denominator unstated.
      const countIsNumerator = shape.measure === 'participation-rate' && parsed.right.numerator === undefined && percent !== undefined;
      const value = countIsNumerator ? undefined : parsed.right.value;
      const numerator = countIsNumerator ? parsed.right.value : parsed.right.numerator;
      Object.assign(
        stated,
        value === undefined ? {} : { value },
        qualifier === undefined ? {} : { qualifier },
        numerator === undefined ? {} : { numerator },
        denominator === undefined ? {} : { denominator },
        percent === undefined ? {} : { percent },
        percentQualifier === undefined ? {} : { percentQualifier },
      );
    }
  } else if (number === undefined) {
    problems.push({ path, message: 'a statement gives its number as the report writes it (number: "1.854")' });
  } else stated['value'] = number;
  if (problems.length > 0) return E.left(problems);
  const data = {
    figureId: entry['id'] ?? defaultId,
    figure: key,
    ...stated,
    ...(unit === undefined ? {} : { countUnit: unit }),
    ...(entry['parts'] === undefined ? {} : { parts: entry['parts'] }),
    provenance: provenanceOf(transcription, context.sentence),
  };
  const pathOf = (inner: ReadonlyArray<string | number>): EntryPath => {
    const [top, field, dim, ...rest] = inner;
    if (top !== 'data' || field === undefined) return path;
    if (field === 'figure') {
      if (dim === undefined) return path;
      const written = dim === 'period' && entry['period'] === undefined ? 'year' : dim === 'organisationId' && entry['organisationId'] === undefined ? 'organisation' : dim;
      return [...path, written, ...rest];
    }
    return [...path, WRITTEN_AS[String(field)] ?? field, ...(dim === undefined ? [] : [dim]), ...rest];
  };
  return decodeEntry(path, { type: 'ReportFigure', data }, pathOf);
};
