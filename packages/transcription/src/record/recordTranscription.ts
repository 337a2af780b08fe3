import {
  type CampaignCommand,
  type CampaignEvent,
  type DomainError,
  type EventEnvelope,
  type EventStore,
  type NewEvent,
  campaignDecider,
  campaignDomainDate,
  campaignStreamName,
  factIdOf,
  normalizeText,
} from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import { eventTypeOf } from '../compile/catalogIndex';
import type { CompiledEntry } from '../compile/compiledTranscription';
import type { EntryPath } from '../compile/problem';
import { transcribe } from '../compile/transcribe';
import { locateAll } from '../read/located';
import type { SourcedTranscription } from '../read/sourcedTranscription';
import type { TranscriptionError } from '../transcriptionError';
import { transcriptionEventId } from './eventIds';
import { DOCUMENT_METADATA_KEY, HEADER_METADATA_KEY, type RecordedVersion, recordedVersions, versionKey } from './recordedVersions';

/** What recording a transcription does to one fact: records it, corrects it, or retracts it. */
export interface PlannedChange {
  readonly change: 'record' | 'correct' | 'retract';
  readonly factId: string;
  /** The event type of the fact. */
  readonly type: string;
  /** Where the entry is written in the file (none for a retraction: the entry is gone). */
  readonly path?: EntryPath;
  /** For a correction, the fields that changed. */
  readonly changed?: ReadonlyArray<string>;
}

/** What recording a transcription did: the changes, how many entries were already recorded as written, and the events appended. */
export interface TranscriptionRecorded {
  readonly campaignId: string;
  readonly changes: ReadonlyArray<PlannedChange>;
  readonly unchanged: number;
  readonly events: ReadonlyArray<NewEvent<CampaignEvent>>;
  /** The stream's revision after the append; -1 when nothing was ever recorded. */
  readonly revision: number;
}

/** Options of recordTranscription. */
export interface RecordTranscriptionOptions {
  /** Decide everything and say what would be recorded, without appending. */
  readonly dryRun?: boolean;
  /** Told after each entry is decided, with how many there are: for a progress bar on a large file. */
  readonly onProgress?: (decided: number, total: number) => void;
}

// Strings compared as the ledger stores them: a file that only moves a tone mark changes nothing.
const normalised = (u: unknown): unknown => {
  if (typeof u === 'string') return normalizeText(u);
  if (Array.isArray(u)) return u.map(normalised);
  if (typeof u === 'object' && u !== null) return Object.fromEntries(Object.entries(u).map(([k, v]) => [k, normalised(v)]));
  return u;
};

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(sortedKeys(normalised(a))) === JSON.stringify(sortedKeys(normalised(b)));
const sortedKeys = (u: unknown): unknown => {
  if (Array.isArray(u)) return u.map(sortedKeys);
  if (typeof u === 'object' && u !== null) return Object.fromEntries(Object.keys(u).sort().map((k) => [k, sortedKeys((u as Record<string, unknown>)[k])]));
  return u;
};

const changedFields = (before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>): ReadonlyArray<string> =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !sameJson(before[k], after[k])).sort();

interface Step {
  readonly planned: PlannedChange;
  readonly command: CampaignCommand;
  readonly entry?: CompiledEntry;
  readonly idFor: (index: number) => string;
}

type Planning = E.Either<TranscriptionError, { readonly steps: ReadonlyArray<Step>; readonly unchanged: number }>;

// Each entry against what the log holds for its fact id: new, the same, or changed; then the facts of this document the file no longer holds.
const plan = (sourced: SourcedTranscription, entries: ReadonlyArray<CompiledEntry>, versions: ReadonlyMap<string, RecordedVersion>): Planning => {
  const { file, transcription, locate } = sourced;
  const documentId = transcription.document.id;
  const steps: Step[] = [];
  let unchanged = 0;
  const inFile = new Set<string>();
  for (const entry of entries) {
    const event = { type: eventTypeOf(entry.command.type), data: entry.command.data } as CampaignEvent;
    const factId = factIdOf(event);
    const key = versionKey(event.type, factId);
    inFile.add(key);
    const recorded = versions.get(key);
    const at = (index: number) => transcriptionEventId(documentId, key, index === 0 ? 'recorded' : { correctedTo: index });
    if (recorded === undefined) {
      steps.push({ planned: { change: 'record', factId, type: event.type, path: entry.path }, command: entry.command, entry, idFor: at });
      continue;
    }
    if (!recorded.retracted && recorded.event.type === event.type && sameJson(recorded.event.data, event.data)) {
      unchanged += 1;
      continue;
    }
    if (!recorded.correctable || recorded.retracted || recorded.event.type !== event.type) {
      const why = recorded.retracted
        ? `${factId} was retracted; an entry recorded again needs an id of its own`
        : recorded.event.type !== event.type
          ? `${factId} is recorded as ${recorded.event.type}, not ${event.type}; give the entry an id of its own`
          : `${factId} (${event.type}) changed since it was recorded; it is a registration, which stays as first recorded and cannot be corrected`;
      return E.left({ _tag: 'NotCorrectable', file, problem: { ...locate(entry.path), file, path: entry.path, message: why } });
    }
    const changed = changedFields(recorded.event.data as unknown as Readonly<Record<string, unknown>>, event.data as unknown as Readonly<Record<string, unknown>>);
    const data = entry.command.data as { readonly provenance: unknown };
    const command = {
      type: 'CorrectFact',
      data: {
        correctionId: `${factId}:corrected:${transcriptionEventId(documentId, key, { correctedTo: event.data }).slice(0, 8)}`,
        correctedFactId: factId,
        replacement: event,
        reason: `the transcription ${documentId} was revised: ${changed.join(', ')}`,
        provenance: data.provenance,
      },
    } as unknown as CampaignCommand;
    steps.push({
      planned: { change: 'correct', factId, type: event.type, path: entry.path, changed },
      command,
      entry,
      idFor: (i) => transcriptionEventId(documentId, key, { correctedTo: [event.data, i] }),
    });
  }
  // Facts that name others (attendance names its class) were recorded after them, so they are retracted first.
  for (const [key, recorded] of [...versions].reverse()) {
    const { factId } = recorded;
    if (recorded.documentId !== documentId || recorded.retracted || inFile.has(key)) continue;
    if (!recorded.correctable) {
      const message = `${factId} (${recorded.event.type}) was recorded from this transcription and is no longer in it; a registration cannot be retracted: put it back`;
      return E.left({ _tag: 'NotCorrectable', file, problem: { file, path: [], message } });
    }
    const command = {
      type: 'RetractFact',
      data: {
        retractionId: `${factId}:retracted`,
        retractedFactId: factId,
        reason: `removed from the transcription ${documentId}`,
        provenance: { recordedBy: transcription.document.recordedBy ?? `transcription:${documentId}`, source: { document: transcription.document.title } },
      },
    } as unknown as CampaignCommand;
    steps.push({ planned: { change: 'retract', factId, type: recorded.event.type }, command, idFor: (i) => transcriptionEventId(documentId, key, i === 0 ? 'retracted' : { correctedTo: ['retracted', i] }) });
  }
  return E.right({ steps, unchanged });
};

// The field a domain error names, as a path inside the command it rejects.
// A correction's replacement is the entry itself, so its fields are the entry's.
const fieldOf = (error: DomainError): ReadonlyArray<string> =>
  'field' in error && typeof error.field === 'string' ? ['data', ...error.field.replace(/^replacement\.data\./, '').split('.')] : ['data'];

/**
 * Records a transcription into its campaign's stream, all or nothing: every entry is compiled and
 * decided in order against the ledger, and the new events are appended in one batch at the
 * revision read. Recording the same file again appends nothing; an entry whose fact changed is
 * recorded as a correction, and a fact of this document the file no longer holds as a
 * retraction. Event ids are UUID v5 of the document and the fact, so the same file gives the same
 * log on every store.
 */
export const recordTranscription = (
  store: EventStore<CampaignEvent>,
  sourced: SourcedTranscription,
  options: RecordTranscriptionOptions = {},
): TE.TaskEither<TranscriptionError, TranscriptionRecorded> => {
  const { file, transcription, locate } = sourced;
  const compiled = transcribe(transcription);
  if (E.isLeft(compiled)) return TE.left({ _tag: 'InvalidTranscription', file, problems: locateAll(compiled.left, locate) });
  const { campaignId, entries } = compiled.right;
  const stream = campaignStreamName(campaignId);
  const metadata = { [DOCUMENT_METADATA_KEY]: transcription.document.id, [HEADER_METADATA_KEY]: JSON.stringify(transcription.document) };
  const attempt = (tries: number): TE.TaskEither<TranscriptionError, TranscriptionRecorded> =>
    pipe(
      store.readStream(stream),
      TE.mapLeft((e): TranscriptionError => e),
      TE.chain((history: ReadonlyArray<EventEnvelope<CampaignEvent>>) => {
        const planned = plan(sourced, entries, recordedVersions(history));
        if (E.isLeft(planned)) return TE.left(planned.left);
        let state = history.reduce((s, envelope) => campaignDecider.evolve(s, envelope.event), campaignDecider.initialState());
        const events: NewEvent<CampaignEvent>[] = [];
        const total = planned.right.steps.length;
        for (const [n, step] of planned.right.steps.entries()) {
          options.onProgress?.(n, total);
          const decided = campaignDecider.decide(step.command, state);
          if (E.isLeft(decided)) {
            const path = step.entry === undefined ? [] : step.entry.pathOf(fieldOf(decided.left));
            return TE.left({ _tag: 'TranscriptionRejected', file, problem: { ...locate(path), file, path, message: decided.left._tag }, error: decided.left });
          }
          decided.right.forEach((event, i) => events.push({ id: step.idFor(i), event, domainDate: campaignDomainDate(event), metadata }));
          state = decided.right.reduce(campaignDecider.evolve, state);
        }
        options.onProgress?.(total, total);
        const revision = history.length === 0 ? -1 : (history[history.length - 1] as EventEnvelope<CampaignEvent>).streamRevision;
        const result = (next: number): TranscriptionRecorded => ({
          campaignId,
          changes: planned.right.steps.map((s) => s.planned),
          unchanged: planned.right.unchanged,
          events,
          revision: next,
        });
        if (options.dryRun === true || events.length === 0) return TE.right(result(revision));
        return pipe(
          store.append(stream, events, { expectedRevision: revision === -1 ? 'no-stream' : revision }),
          TE.map((appended) => result(appended.nextExpectedRevision)),
          TE.orElse((e): TE.TaskEither<TranscriptionError, TranscriptionRecorded> => (e._tag === 'WrongExpectedRevision' && tries < 3 ? attempt(tries + 1) : TE.left(e))),
        );
      }),
    );
  return attempt(1);
};
