import { readFileSync } from 'node:fs';
import { type SourcedTranscription, type TranscriptionError, readTranscriptionYaml } from '@campaign-ledger/transcription';
import type * as E from 'fp-ts/lib/Either.js';

/** The file the example's history is read from: the seed transcribed sentence by sentence. */
export const TRANSCRIPTION_FILE = 'muong-te.report.yaml';

/** The Mường Tè report's transcription, read from examples/muong-te/muong-te.report.yaml. */
export const readMuongTeTranscription = (): E.Either<TranscriptionError, SourcedTranscription> =>
  readTranscriptionYaml(TRANSCRIPTION_FILE, readFileSync(new URL(`../${TRANSCRIPTION_FILE}`, import.meta.url), 'utf8'));
