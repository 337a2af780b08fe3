import type { Transcription } from '../format/transcriptionCodec';
import { transcriptionToTables } from '../workbook/transcriptionToTables';

// A field quoted as RFC 4180 says, when it holds a comma, a quote, a line break or spaces at an end.
const field = (text: string): string => (/[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * A transcription as one CSV file in the form readTranscriptionCsv reads: every sheet of the
 * workbook layout in turn, each begun by its name in brackets (`[statements]`), then its header
 * and its rows. It starts with a byte order mark, so that a spreadsheet opens it as UTF-8.
 */
export const writeTranscriptionCsv = (transcription: Transcription): string =>
  '\uFEFF' +
  transcriptionToTables(transcription)
    .map((sheet) => [`[${sheet.sheet}]`, ...[sheet.columns, ...sheet.rows].map((row) => row.map(field).join(','))].join('\r\n'))
    .join('\r\n\r\n') +
  '\r\n';
