// @campaign-ledger/transcription: a report transcribed as a data file, compiled into commands and recorded. See docs/transcription.md.
export { Transcription, TranscribedDocument, SentenceEntry, FactEntry, StatementEntry, TermEntry, OrganisationEntry, LaunchEntry } from './format/transcriptionCodec';
export { FORMAT_VERSION, type Place } from './format/scalars';
// Numbers as reports write them: "3.573", "trên 12.360", "2.181/2.321, đạt 94,2%", "hàng trăm".
export { formatWrittenNumber, parseWrittenNumber } from './numbers/writtenNumber';
export type { WrittenNumber } from './numbers/writtenNumber';
export type { WrittenNumberError, WrittenNumberErrorTag } from './numbers/writtenNumberError';
export type { Qualifier, StatedPercent } from './numbers/statedShapes';
export { transcribe } from './compile/transcribe';
export type { CompiledTranscription, CompiledEntry } from './compile/compiledTranscription';
export { pathText, type EntryPath, type TranscriptionProblem } from './compile/problem';
export { readTranscriptionYaml } from './read/readYaml';
export { readTranscriptionWorkbook } from './read/readWorkbook';
export { readTranscriptionCsv } from './read/readCsv';
export { SHEETS, type SheetLayout, type SheetName } from './workbook/sheetLayout';
export type { SourcedTranscription } from './read/sourcedTranscription';
export type { LocatedProblem } from './read/located';
export { recordTranscription, type TranscriptionRecorded, type PlannedChange, type RecordTranscriptionOptions } from './record/recordTranscription';
export { transcriptionEventId, TRANSCRIPTION_NAMESPACE } from './record/eventIds';
export { describeTranscriptionError, type TranscriptionError } from './transcriptionError';
export { exportTranscription, type ExportError, type ExportTranscriptionOptions } from './export/exportTranscription';
export { writeTranscriptionYaml } from './export/writeYaml';
export { transcriptionJsonSchema } from './schema/transcriptionJsonSchema';
export { writeTranscriptionWorkbook } from './export/writeWorkbook';
export { writeTranscriptionCsv } from './export/writeCsv';
export { foldText, quotePlaces, sentencesOfParagraph, type QuotePlace } from './places/quotePlaces';
export { DOCUMENT_METADATA_KEY, HEADER_METADATA_KEY } from './record/recordedVersions';
