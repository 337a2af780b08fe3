import { type CampaignEvent, makeInMemoryEventStore } from '@campaign-ledger/core';
import {
  describeTranscriptionError,
  exportTranscription,
  readTranscriptionCsv,
  readTranscriptionWorkbook,
  readTranscriptionYaml,
  recordTranscription,
  type SourcedTranscription,
  type TranscriptionError,
  writeTranscriptionCsv,
  writeTranscriptionWorkbook,
} from '@campaign-ledger/transcription';
import * as E from 'fp-ts/lib/Either.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const SEED = readFileSync(new URL('../muong-te.report.yaml', import.meta.url), 'utf8');

const read = (result: E.Either<TranscriptionError, SourcedTranscription>): SourcedTranscription => {
  if (E.isLeft(result)) throw new Error(describeTranscriptionError(result.left));
  return result.right;
};

const record = async (sourced: SourcedTranscription) => {
  const store = makeInMemoryEventStore<CampaignEvent>();
  const recorded = await recordTranscription(store, sourced)();
  if (E.isLeft(recorded)) throw new Error(describeTranscriptionError(recorded.left));
  const log = await store.readAll()();
  if (E.isLeft(log)) throw new Error(log.left._tag);
  return log.right;
};

// What two logs of the same file must share: every event's id, type, data and metadata, in order.
const written = (log: Awaited<ReturnType<typeof record>>) => log.map((e) => ({ id: e.eventId, type: e.event.type, data: e.event.data, metadata: e.metadata }));

const fromYaml = read(readTranscriptionYaml('muong-te.report.yaml', SEED));

describe('the Mường Tè transcription as a workbook and as CSV', () => {
  it('records from a workbook exactly the log the YAML form records', async () => {
    const workbook = read(await readTranscriptionWorkbook('muong-te.report.xlsx', await writeTranscriptionWorkbook(fromYaml.transcription)));
    expect(workbook.transcription).toEqual(fromYaml.transcription);
    const [yamlLog, workbookLog] = await Promise.all([record(fromYaml), record(workbook)]);
    expect(written(workbookLog)).toEqual(written(yamlLog));
    expect(workbookLog).toHaveLength(180);
  });

  it('records from one CSV file exactly the log the YAML form records', async () => {
    const csv = read(readTranscriptionCsv('muong-te.report.csv', writeTranscriptionCsv(fromYaml.transcription)));
    expect(csv.transcription).toEqual(fromYaml.transcription);
    expect(written(await record(csv))).toEqual(written(await record(fromYaml)));
  });

  it('exports its log to a workbook and a CSV file that read back to the same transcription', async () => {
    const exported = exportTranscription(await record(fromYaml));
    if (E.isLeft(exported)) throw new Error(exported.left._tag);
    const workbook = read(await readTranscriptionWorkbook('export.xlsx', await writeTranscriptionWorkbook(exported.right)));
    expect(workbook.transcription).toEqual(exported.right);
    expect(read(readTranscriptionCsv('export.csv', writeTranscriptionCsv(exported.right))).transcription).toEqual(exported.right);
    // Recorded into the store the log came from, the exported workbook adds nothing.
    const store = makeInMemoryEventStore<CampaignEvent>();
    await recordTranscription(store, fromYaml)();
    const again = await recordTranscription(store, workbook)();
    expect(E.isRight(again) && again.right.events).toEqual([]);
  });

  it("ships a template whose example is the report's own first rows", () => {
    const templateYaml = createRequire(import.meta.url).resolve('@campaign-ledger/transcription/package.json').replace(/package\.json$/, 'templates/transcription-template.yaml');
    const example = read(readTranscriptionYaml('transcription-template.yaml', readFileSync(templateYaml, 'utf8'))).transcription;
    const seed = fromYaml.transcription;
    expect(example.document).toEqual(seed.document);
    expect(example.launch).toEqual(seed.launch);
    expect(example.organisations).toEqual(seed.organisations?.slice(0, example.organisations?.length));
    expect(example.sentences.slice(0, 4)).toEqual(seed.sentences.slice(0, 4));
    for (const sentence of example.sentences) expect(seed.sentences).toContainEqual(sentence);
  });
});
