import { type CampaignEvent, type EventEnvelope, figureKeyShapes, readCatalog } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { FORMAT_VERSION, type Place, PlaceText } from '../format/scalars';
import type { SentenceEntry, StatementEntry, TranscribedDocument, Transcription } from '../format/transcriptionCodec';
import { formatWrittenNumber } from '../numbers/writtenNumber';
import { DOCUMENT_METADATA_KEY, HEADER_METADATA_KEY, recordedVersions } from '../record/recordedVersions';

/** Why a log cannot be written as a transcription. */
export type ExportError =
  | { readonly _tag: 'NothingToExport'; readonly documentId?: string }
  | { readonly _tag: 'NoDocumentHeader'; readonly message: string };

/** Options of exportTranscription. */
export interface ExportTranscriptionOptions {
  /** Export only the facts recorded from this transcription's document; by default every fact of the events given. */
  readonly documentId?: string;
  /** The document's header, for a log not recorded from a transcription (or to replace the recorded one). */
  readonly document?: TranscribedDocument;
}

const catalog = readCatalog();
const commandOf = new Map(catalog.map((e) => [e.event, e.command]));
const fieldTypes = new Map(catalog.map((e) => [e.event, new Map(e.fields.map((f) => [f.name, f.type]))]));
const requiredFields = new Map(catalog.map((e) => [e.command, new Set(e.fields.filter((f) => f.required).map((f) => f.name))]));
const periodMeasures = new Set(figureKeyShapes().filter((s) => s.required.includes('period') || s.optional.includes('period')).map((s) => s.measure as string));

// The shorthand names an analyst writes for the fields every fact has (see transcribe).
const SHORT_NAMES: Readonly<Record<string, string>> = { period: 'year', year: 'year', organisationId: 'organisation', countUnit: 'unit' };

type Provenance = { readonly recordedBy: string; readonly source: { readonly document: string; readonly quote?: string; readonly locator?: string } };

const periodText = (p: unknown): unknown => {
  if (typeof p === 'number') return String(p);
  if (typeof p !== 'object' || p === null || !('from' in p) || !('to' in p)) return p;
  return `${String(p.from)}-${String(p.to)}`;
};

// A fact's fields as an analyst writes them: counts as the report writes them (with their qualifier), periods and years as text.
const writtenFields = (event: CampaignEvent, scope: string): Record<string, unknown> => {
  const types = fieldTypes.get(event.type) ?? new Map<string, string>();
  const data = event.data as unknown as Readonly<Record<string, unknown>>;
  const out: Record<string, unknown> = {};
  const absorbed = new Set<string>();
  for (const [name, value] of Object.entries(data)) {
    if (name === 'provenance') continue;
    const type = types.get(name);
    if (type === 'Count' && typeof value === 'number') {
      const qualifierField = types.has(`${name}Qualifier`) ? `${name}Qualifier` : name === 'count' && types.has('qualifier') ? 'qualifier' : undefined;
      const qualifier = qualifierField === undefined ? undefined : data[qualifierField];
      if (qualifierField !== undefined) absorbed.add(qualifierField);
      out[name] = formatWrittenNumber(qualifier === undefined ? { value } : { value, qualifier: qualifier as never });
    } else if (type === 'Period' || type === 'Year') out[name] = periodText(value);
    else out[name] = value;
  }
  for (const field of absorbed) delete out[field];
  const required = requiredFields.get(commandOf.get(event.type) ?? '') ?? new Set<string>();
  // The document's scope fills a required organisation the fact leaves out, so it is left out.
  if (required.has('organisationId') && out['organisationId'] === scope) delete out['organisationId'];
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [SHORT_NAMES[k] !== undefined && !(SHORT_NAMES[k] in out) ? SHORT_NAMES[k] : k, v]));
};

// A year every entry of a sentence is filed under is written once, on the sentence; the others keep theirs.
const hoistYear = (facts: ReadonlyArray<Record<string, unknown>>, states: ReadonlyArray<StatementEntry>) => {
  const fillable = (fact: Record<string, unknown>) => {
    const [command, fields] = Object.entries(fact)[0] as [string, Record<string, unknown>];
    const required = requiredFields.get(command) ?? new Set<string>();
    return required.has('period') || required.has('year') ? fields : undefined;
  };
  const factYears = facts.map(fillable).filter((f): f is Record<string, unknown> => f !== undefined);
  const stateYears = states.filter((st) => periodMeasures.has(String(st['figure'])));
  const years = new Set([...factYears.map((f) => f['year']), ...stateYears.map((st) => st['year'])]);
  const [year] = years;
  if (years.size !== 1 || typeof year !== 'string') return { year: undefined, facts, states };
  return {
    year,
    facts: facts.map((fact) => {
      const [command, fields] = Object.entries(fact)[0] as [string, Record<string, unknown>];
      const { year: _year, ...rest } = fields;
      return fillable(fact) === undefined ? fact : { [command]: rest };
    }),
    states: states.map((st) => {
      const { year: _year, ...rest } = st;
      return periodMeasures.has(String(st['figure'])) ? rest : st;
    }),
  };
};

// A stated figure as a statement: the measure, the number as the report writes it, its unit, parts and every dimension of its key.
const statementOf = (event: Extract<CampaignEvent, { readonly type: 'FigureReported' }>, scope: string): StatementEntry => {
  const d = event.data;
  const { measure, ...dims } = d.figure as unknown as { readonly measure: string } & Readonly<Record<string, unknown>>;
  const key: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(dims)) {
    if (name === 'period') key['year'] = periodText(value);
    else if (name === 'organisationId') {
      if (value !== scope) key['organisation'] = value;
    }
    else if (name === 'countUnit' && value === d.countUnit && measure === 'participants') continue;
    else key[name] = value;
  }
  if (!('organisationId' in dims) && measure !== 'awards') key['organisation'] = 'all';
  const number = formatWrittenNumber({
    ...(d.value === undefined ? {} : { value: d.value }),
    ...(d.qualifier === undefined ? {} : { qualifier: d.qualifier }),
    // A numerator without its denominator is written as the report writes it: a count beside the percentage.
    ...(d.numerator === undefined ? {} : d.denominator === undefined ? { value: d.numerator } : { numerator: d.numerator, denominator: d.denominator }),
    ...(d.percent === undefined ? {} : { percent: d.percent }),
    ...(d.percentQualifier === undefined ? {} : { percentQualifier: d.percentQualifier }),
  });
  return {
    figure: measure,
    id: d.figureId,
    number,
    ...(d.countUnit === undefined ? {} : { unit: d.countUnit }),
    ...key,
    ...(d.parts === undefined ? {} : { parts: d.parts }),
  };
};

const sourceOf = (provenance: Provenance, title: string): { quote?: string; at?: Place; source?: string } => {
  const at = provenance.source.locator === undefined ? undefined : PlaceText.decode(provenance.source.locator);
  return {
    ...(provenance.source.document === title ? {} : { source: provenance.source.document }),
    ...(provenance.source.quote === undefined ? {} : { quote: provenance.source.quote }),
    ...(at === undefined || E.isLeft(at) ? {} : { at: at.right }),
  };
};

const headerOf = (envelopes: ReadonlyArray<EventEnvelope<CampaignEvent>>, options: ExportTranscriptionOptions): E.Either<ExportError, TranscribedDocument> => {
  if (options.document !== undefined) return E.right(options.document);
  const written = envelopes.map((e) => e.metadata?.[HEADER_METADATA_KEY]).find((h) => h !== undefined);
  if (written === undefined) {
    return E.left({ _tag: 'NoDocumentHeader', message: 'these events were not recorded from a transcription: give the document (id, campaign, title, scope) to export them' });
  }
  return E.right(JSON.parse(written) as TranscribedDocument);
};

/**
 * Writes a log back as a transcription: the current version of every fact (corrections applied,
 * retractions left out), grouped by the sentence each was read from, in the order the log first
 * cites them. Recording the result gives the same facts and statements again.
 */
export const exportTranscription = (
  envelopes: ReadonlyArray<EventEnvelope<CampaignEvent>>,
  options: ExportTranscriptionOptions = {},
): E.Either<ExportError, Transcription> => {
  const mine = options.documentId === undefined ? envelopes : envelopes.filter((e) => e.metadata?.[DOCUMENT_METADATA_KEY] === options.documentId);
  if (mine.length === 0) return E.left({ _tag: 'NothingToExport', ...(options.documentId === undefined ? {} : { documentId: options.documentId }) });
  const header = headerOf(mine, options);
  if (E.isLeft(header)) return header;
  const document = header.right;
  const current = [...recordedVersions(mine).values()].filter((v) => !v.retracted).map((v) => v.event);
  let launch: Transcription['launch'];
  const terms: Array<NonNullable<Transcription['terms']>[number]> = [];
  const organisations: Array<NonNullable<Transcription['organisations']>[number]> = [];
  const sentences = new Map<string, { facts: Record<string, unknown>[]; states: StatementEntry[]; source: ReturnType<typeof sourceOf> }>();
  const sentenceOf = (provenance: Provenance) => {
    const source = sourceOf(provenance, document.title);
    const key = JSON.stringify([provenance.source.document, provenance.source.locator ?? null, provenance.source.quote ?? null]);
    const found = sentences.get(key);
    if (found !== undefined) return found;
    const created = { facts: [], states: [], source };
    sentences.set(key, created);
    return created;
  };
  for (const event of current) {
    const provenance = (event.data as unknown as { readonly provenance: Provenance }).provenance;
    if (event.type === 'CampaignLaunched') {
      const { campaignId: _campaign, provenance: _p, ...rest } = event.data;
      launch = { ...(rest as { title: string }), ...sourceOf(provenance, document.title) };
    } else if (event.type === 'TermDefined') {
      const { provenance: _p, ...rest } = event.data;
      terms.push({ ...(rest as unknown as NonNullable<Transcription['terms']>[number]), ...sourceOf(provenance, document.title) });
    } else if (event.type === 'OrganisationRegistered') {
      const { organisationId, parentId, provenance: _p, ...rest } = event.data;
      organisations.push({ id: organisationId, ...(parentId === undefined ? {} : { parent: parentId }), ...rest, ...sourceOf(provenance, document.title) });
    } else if (event.type === 'FigureReported') {
      sentenceOf(provenance).states.push(statementOf(event, document.scope));
    } else {
      sentenceOf(provenance).facts.push({ [commandOf.get(event.type) ?? event.type]: writtenFields(event, document.scope) });
    }
  }
  const written: SentenceEntry[] = [...sentences.values()].map(({ facts: allFacts, states: allStates, source }) => {
    const { year, facts, states } = hoistYear(allFacts, allStates);
    return {
      ...source,
      ...(year === undefined ? {} : { year }),
      ...(facts.length === 0 ? {} : { facts: facts as SentenceEntry['facts'] }),
      ...(states.length === 0 ? {} : { states: [...states] }),
    };
  });
  return E.right({
    transcription: FORMAT_VERSION,
    document,
    ...(launch === undefined ? {} : { launch }),
    ...(terms.length === 0 ? {} : { terms }),
    ...(organisations.length === 0 ? {} : { organisations }),
    sentences: written,
  } as Transcription);
};
