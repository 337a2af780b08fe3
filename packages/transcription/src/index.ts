// @campaign-ledger/transcription: a report transcribed as a data file, compiled into commands and recorded. See docs/transcription.md.
export { Transcription, TranscribedDocument, SentenceEntry, FactEntry, StatementEntry, TermEntry, OrganisationEntry, LaunchEntry } from './format/transcriptionCodec';
export { FORMAT_VERSION, type Place } from './format/scalars';
export { parseWrittenNumber, type WrittenNumber } from './numbers/writtenNumber';
export { transcribe } from './compile/transcribe';
export type { CompiledTranscription, CompiledEntry } from './compile/compiledTranscription';
export { pathText, type EntryPath, type TranscriptionProblem } from './compile/problem';
export { readTranscriptionYaml } from './read/readYaml';
export type { SourcedTranscription } from './read/sourcedTranscription';
export type { LocatedProblem } from './read/located';
export { recordTranscription, type TranscriptionRecorded, type PlannedChange, type RecordTranscriptionOptions } from './record/recordTranscription';
export { transcriptionEventId, TRANSCRIPTION_NAMESPACE } from './record/eventIds';
export { describeTranscriptionError, type TranscriptionError } from './transcriptionError';
