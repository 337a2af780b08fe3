import * as E from 'fp-ts/lib/Either.js';
import { placeText } from '../format/scalars';
import { decodeEntry } from './decodeEntry';
import { provenanceOf } from './provenance';
import type { FactEntry, SentenceEntry, StatementEntry, Transcription } from '../format/transcriptionCodec';
import { nearestFirst } from '@campaign-ledger/core';
import { commandShapes, factCommandTypes } from './catalogIndex';
import type { CompiledEntry, CompiledTranscription } from './compiledTranscription';
import type { EntryPath, TranscriptionProblem } from './problem';
import { compileStatement } from './statementEntry';
import { countOf, countUnitOf, periodOf, yearOf } from './writtenFields';

const SOURCE_FIELDS = new Set(['quote', 'at', 'source']);

// A path inside a command's data as the path its entry wrote: fields renamed by the shorthand go back to their written names.
const renamedPath =
  (path: EntryPath, written: ReadonlyMap<string, string>) =>
  (inner: ReadonlyArray<string | number>): EntryPath => {
    const [data, field, ...rest] = inner;
    if (data !== 'data' || field === undefined) return path;
    return [...path, written.get(String(field)) ?? field, ...rest];
  };

/** What a sentence gives every entry it holds: its year, its organisation and its source. */
interface SentenceContext {
  readonly sentence: SentenceEntry;
  readonly index: number;
  /** How many sentences before this one stand at its place: clauses of one sentence quoted apart. */
  readonly samePlaceBefore: number;
}

/** A short id for entries that write none: the document, the sentence's place and the entry's number in it. */
export const derivedId = (transcription: Transcription, context: SentenceContext, kind: 'fact' | 'figure', n: number): string => {
  const at = context.sentence.at;
  const place = at === undefined ? `s${context.index + 1}` : `${placeText(at)}${context.samePlaceBefore === 0 ? '' : `:${context.samePlaceBefore + 1}`}`;
  return `${transcription.document.id}:${kind}:${place}/${n + 1}`;
};

// Shorthand field names, and the command fields they stand for when the command has them.
const SHORTHAND: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  ['year', ['period', 'year']],
  ['organisation', ['organisationId']],
  ['unit', ['countUnit']],
];

const compileFact = (
  transcription: Transcription,
  context: SentenceContext,
  entry: FactEntry,
  path: EntryPath,
  n: number,
): E.Either<ReadonlyArray<TranscriptionProblem>, CompiledEntry> => {
  const keys = Object.keys(entry);
  if (keys.length !== 1) {
    return E.left([{ path, message: `a fact names exactly one command, as its only key (such as ReportClasses); got ${keys.length === 0 ? 'none' : keys.join(', ')}`, known: factCommandTypes }]);
  }
  const type = keys[0] as string;
  const shape = commandShapes.get(type);
  if (shape === undefined || !factCommandTypes.includes(type)) {
    const hint = type === 'ReportFigure' ? ': a stated figure is written under states' : type === 'CorrectFact' || type === 'RetractFact' ? ': edit the fact itself, and recording the file records the correction' : '';
    return E.left([{ path: [...path, type], message: `${type} is not a command a fact can name${hint}; known: ${nearestFirst(type, factCommandTypes).slice(0, 5).join(', ')}`, known: nearestFirst(type, factCommandTypes) }]);
  }
  const fields = entry[type] as Readonly<Record<string, unknown>>;
  const at = [...path, type];
  const written = new Map<string, string>();
  const data: Record<string, unknown> = {};
  const problems: TranscriptionProblem[] = [];
  for (const [name, value] of Object.entries(fields)) {
    const target = SHORTHAND.find(([short]) => short === name)?.[1].find((f) => shape.fields.has(f)) ?? name;
    if (target !== name) written.set(target, name);
    if (target in data) {
      problems.push({ path: [...at, name], message: `${target} is written twice (as ${written.get(target) ?? target} and ${target})` });
      continue;
    }
    const type_ = shape.fields.get(target)?.type;
    const converted = convert(type_, target, value, [...at, name], shape.fields);
    if (E.isLeft(converted)) problems.push(converted.left);
    else Object.assign(data, converted.right);
  }
  // The sentence's year and organisation, and the document's scope, fill what the fact leaves out.
  const year = context.sentence.year;
  for (const field of ['period', 'year'] as const) {
    if (shape.fields.get(field)?.required === true && !(field in data) && year !== undefined) {
      const converted = field === 'period' ? periodOf(year, [...at.slice(0, 3), 'year']) : yearOf(year, [...at.slice(0, 3), 'year']);
      if (E.isLeft(converted)) problems.push(converted.left);
      else data[field] = converted.right;
    }
  }
  if (shape.fields.get('organisationId')?.required === true && !('organisationId' in data)) {
    data['organisationId'] = context.sentence.organisation ?? transcription.document.scope;
  }
  if (shape.fields.get('factId')?.required === true && !('factId' in data)) data['factId'] = derivedId(transcription, context, 'fact', n);
  if (problems.length > 0) return E.left(problems);
  const input = { type, data: { ...data, provenance: provenanceOf(transcription, context.sentence) } };
  return decodeEntry(at, input, renamedPath(at, written));
};

// A field's written text as the command's value, read by the field's type in the catalog.
const convert = (
  type: string | undefined,
  field: string,
  value: unknown,
  path: EntryPath,
  fields: ReadonlyMap<string, { readonly type: string }>,
): E.Either<TranscriptionProblem, Readonly<Record<string, unknown>>> => {
  switch (type) {
    case 'Count': {
      const counted = countOf(value, path);
      if (E.isLeft(counted)) return counted;
      if (counted.right.qualifier === undefined) return E.right({ [field]: counted.right.count });
      const qualifierField = fields.has(`${field}Qualifier`) ? `${field}Qualifier` : field === 'count' && fields.has('qualifier') ? 'qualifier' : undefined;
      return qualifierField === undefined
        ? E.left({ path, message: `${field} cannot hold a qualifier ("${String(value)}"): write the number alone, and the qualifier in the quote` })
        : E.right({ [field]: counted.right.count, [qualifierField]: counted.right.qualifier });
    }
    case 'Period':
      return E.map((p: unknown) => ({ [field]: p }))(periodOf(value, path));
    case 'Year':
      return E.map((y: unknown) => ({ [field]: y }))(yearOf(value, path));
    case 'CountUnit':
      return E.right({ [field]: countUnitOf(value) });
    default:
      return E.right({ [field]: value });
  }
};

const collect = <A>(results: ReadonlyArray<E.Either<ReadonlyArray<TranscriptionProblem>, A>>): E.Either<ReadonlyArray<TranscriptionProblem>, ReadonlyArray<A>> => {
  const problems = results.flatMap((r) => (E.isLeft(r) ? r.left : []));
  return problems.length > 0 ? E.left(problems) : E.right(results.flatMap((r) => (E.isRight(r) ? [r.right] : [])));
};

const withoutSource = (entry: Readonly<Record<string, unknown>>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(entry).filter(([k, v]) => !SOURCE_FIELDS.has(k) && v !== undefined));

/**
 * Compiles a transcription into commands, with no I/O: the launch, the terms, the organisations,
 * then every sentence's facts, then every sentence's statements. Each command is decoded by the
 * core's codec, and every problem is reported at the path it was written at, all at once.
 */
export const transcribe = (transcription: Transcription): E.Either<ReadonlyArray<TranscriptionProblem>, CompiledTranscription> => {
  const { document } = transcription;
  const launch = transcription.launch === undefined ? [] : [
    decodeEntry(
      ['launch'],
      { type: 'LaunchCampaign', data: { campaignId: document.campaign, ...withoutSource(transcription.launch), provenance: provenanceOf(transcription, transcription.launch) } },
      renamedPath(['launch'], new Map()),
    ),
  ];
  const terms = (transcription.terms ?? []).map((term, i) =>
    decodeEntry(['terms', i], { type: 'DefineTerm', data: { ...withoutSource(term), provenance: provenanceOf(transcription, term) } }, renamedPath(['terms', i], new Map())),
  );
  const organisationFields = new Map([['organisationId', 'id'], ['parentId', 'parent']]);
  const organisations = (transcription.organisations ?? []).map((o, i) => {
    const { id, parent, ...rest } = withoutSource(o);
    const data = { organisationId: id, ...(parent === undefined ? {} : { parentId: parent }), ...rest, provenance: provenanceOf(transcription, o) };
    return decodeEntry(['organisations', i], { type: 'RegisterOrganisation', data }, renamedPath(['organisations', i], organisationFields));
  });
  const placeOf = (sentence: SentenceEntry) => (sentence.at === undefined ? undefined : placeText(sentence.at));
  const sentences = transcription.sentences.map((sentence, index) => ({
    sentence,
    index,
    samePlaceBefore: sentence.at === undefined ? 0 : transcription.sentences.slice(0, index).filter((s) => placeOf(s) === placeOf(sentence)).length,
  }));
  const sentenceProblems = sentences.flatMap(({ sentence, index }) =>
    sentence.quote === undefined && sentence.source === undefined
      ? [{ path: ['sentences', index], message: 'a sentence needs its quote (and its place, at), or the source it cites' } satisfies TranscriptionProblem]
      : [],
  );
  const facts = sentences.flatMap((context) =>
    (context.sentence.facts ?? []).map((fact, n) => compileFact(transcription, context, fact, ['sentences', context.index, 'facts', n], n)),
  );
  const statements = sentences.flatMap((context) =>
    (context.sentence.states ?? []).map((statement: StatementEntry, n) =>
      compileStatement(transcription, context, statement, ['sentences', context.index, 'states', n], derivedId(transcription, context, 'figure', n)),
    ),
  );
  const compiled = collect([...launch, ...terms, ...organisations, ...facts, ...statements]);
  if (sentenceProblems.length > 0) return E.left([...sentenceProblems, ...(E.isLeft(compiled) ? compiled.left : [])]);
  return E.map((entries: ReadonlyArray<CompiledEntry>) => ({ document, campaignId: document.campaign, entries }))(compiled);
};
