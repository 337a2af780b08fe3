import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readOrFail, recordedLog } from '../test/recordedLog';
import { readTranscriptionWorkbook } from '../src/read/readWorkbook';
import { readTranscriptionYaml } from '../src/read/readYaml';
import { TEMPLATE_EXAMPLE, TEMPLATE_WORKBOOK, templateWorkbook } from './templateWorkbook';

// Every sheet's cell values, row by row: what a reader of the workbook sees, whatever the bytes of the zip.
const cellValues = async (bytes: Uint8Array) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook.worksheets.map((sheet) => {
    const rows: unknown[] = [];
    sheet.eachRow((row, number) => rows.push([number, row.values]));
    return { sheet: sheet.name, rows };
  });
};

describe('the template workbook', () => {
  it('is what npm run template writes', async () => {
    const committed = new Uint8Array(await readFile(TEMPLATE_WORKBOOK));
    expect(await cellValues(committed)).toEqual(await cellValues(await templateWorkbook()));
  });

  it('reads without error and records what its YAML example records', async () => {
    const committed = new Uint8Array(await readFile(TEMPLATE_WORKBOOK));
    const template = readOrFail(await readTranscriptionWorkbook('transcription-template.xlsx', committed));
    const example = readOrFail(readTranscriptionYaml('transcription-template.yaml', await readFile(TEMPLATE_EXAMPLE, 'utf8')));
    expect(template.transcription).toEqual(example.transcription);
    const log = await recordedLog(template);
    expect(log).toEqual(await recordedLog(example));
    expect(log.filter((e) => e.type === 'FigureReported')).toHaveLength(5);
  });
});
