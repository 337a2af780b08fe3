// The campaign report as one self-contained HTML page (docs/html-report.md).
export { renderHtmlReport } from './renderHtmlReport';
export type { HtmlReportInput } from './renderHtmlReport';
export { EVENTS_FILE_FORMAT, eventLineOf, eventsFileHeaderLine, eventsFileLine, eventsFileOf } from './eventsFile';
// The pieces the command's Markdown report shares with the page: numbers as the table writes them, and a section's rows by contest.
export { qualified as qualifiedNumber, statedNumberText } from './sections/computedText';
export { contestRuns, type ContestRun } from './sections/contestRuns';
export { CHECKPOINT_PROOFS_FORMAT } from './page/embeddedCheckpoint';
export type { EmbeddedCheckpoint } from './page/embeddedCheckpoint';
