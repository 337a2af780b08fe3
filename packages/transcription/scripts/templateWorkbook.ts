import { readFile } from 'node:fs/promises';
import * as E from 'fp-ts/lib/Either.js';
import { describeTranscriptionError, readTranscriptionYaml, writeTranscriptionWorkbook } from '../src/index';

/** The example transcription the template holds, beside it as YAML. */
export const TEMPLATE_EXAMPLE = new URL('../templates/transcription-template.yaml', import.meta.url);

/** The committed template workbook. */
export const TEMPLATE_WORKBOOK = new URL('../templates/transcription-template.xlsx', import.meta.url);

/** The template workbook: the example transcription written in the workbook layout, opening on its README sheet. */
export const templateWorkbook = async (): Promise<Uint8Array> => {
  const example = readTranscriptionYaml('transcription-template.yaml', await readFile(TEMPLATE_EXAMPLE, 'utf8'));
  if (E.isLeft(example)) throw new Error(describeTranscriptionError(example.left));
  return writeTranscriptionWorkbook(example.right.transcription);
};
