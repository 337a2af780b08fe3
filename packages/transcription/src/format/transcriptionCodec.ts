import * as t from 'io-ts';
import { closedRecord } from './closedRecord';
import { FormatVersion, PlaceText, Text, Value, Written } from './scalars';

/**
 * The report a transcription reads: its title (the `document` every fact's provenance names), who
 * published it, where and when, the level it reports at, the organisation it speaks for (the
 * default organisation of its facts and statements), and the campaign it is recorded into.
 */
export const TranscribedDocument = closedRecord(
  'document',
  'The report this file transcribes.',
  { id: Text, campaign: Text, title: Text, scope: Text },
  { publisher: Text, url: Text, date: Text, level: Text, recordedBy: Text },
);
/** The report a transcription reads. */
export type TranscribedDocument = t.TypeOf<typeof TranscribedDocument>;

/** Where an entry was read: a quote of the document and its place, or another document it cites. */
const sourced = { quote: Text, at: PlaceText, source: Text };

/** The campaign's launch, when this report is the first recorded into it. */
export const LaunchEntry = closedRecord('launch', 'The campaign as it was launched.', { title: Text }, { launchedOn: Text, directiveNumber: Text, ...sourced });
/** The campaign's launch. */
export type LaunchEntry = t.TypeOf<typeof LaunchEntry>;

/** One organisation of the tree the report speaks of. */
export const OrganisationEntry = closedRecord(
  'organisation',
  'An organisation the report names.',
  { id: Text, name: Text, kind: Text },
  { parent: Text, bloc: Text, ...sourced },
);
/** One organisation the report names. */
export type OrganisationEntry = t.TypeOf<typeof OrganisationEntry>;

/** A term the report uses that the vocabulary lacks: the fields of `DefineTerm`, checked by the core. */
export const TermEntry = closedRecord(
  'term',
  'A vocabulary term the report defines (the fields of DefineTerm).',
  { kind: Text, termId: Text, label: Value },
  { broader: Value, narrower: Value, overlaps: Value, disjointWith: Value, partitions: Value, ...sourced },
);
/** A term the report defines. */
export type TermEntry = t.TypeOf<typeof TermEntry>;

/** A fact: one command type as its only key, and the command's fields (numbers as written). */
export const FactEntry = t.record(t.string, t.record(t.string, Value), 'fact');
/** A fact as written: `{ ReportClasses: { factId: ..., count: "28" } }`. */
export type FactEntry = t.TypeOf<typeof FactEntry>;

/** A figure as the sentence states it: its measure, the number as written, and the figure's dimensions. */
export const StatementEntry = t.record(t.string, Value, 'statement');
/** A stated figure as written: `{ figure: participants, number: "1.854", unit: người, ... }`. */
export type StatementEntry = t.TypeOf<typeof StatementEntry>;

/** One sentence of the report, quoted verbatim at its place, with the facts and the figures it states. */
export const SentenceEntry = closedRecord(
  'sentence',
  'One sentence of the report, quoted verbatim, with the facts it gives and the figures it states.',
  {},
  { ...sourced, year: Written, organisation: Text, facts: t.array(FactEntry), states: t.array(StatementEntry) },
);
/** One sentence of the report. */
export type SentenceEntry = t.TypeOf<typeof SentenceEntry>;

/**
 * A report transcription, format version 1: the document, the terms it defines, the organisations
 * it names, the campaign's launch when it is the first report, and its sentences in order.
 */
export const Transcription = closedRecord(
  'transcription',
  'A report transcribed sentence by sentence.',
  { transcription: FormatVersion, document: TranscribedDocument, sentences: t.array(SentenceEntry) },
  { launch: LaunchEntry, terms: t.array(TermEntry), organisations: t.array(OrganisationEntry) },
);
/** A report transcription. */
export type Transcription = t.TypeOf<typeof Transcription>;
