// The campaign report as one self-contained HTML page (docs/html-report.md).
export { renderHtmlReport } from './renderHtmlReport';
export type { HtmlReportInput } from './renderHtmlReport';
export { EVENTS_FILE_FORMAT, eventsFileOf } from './eventsFile';
