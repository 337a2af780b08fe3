import { type CampaignEvent, makeInMemoryEventStore } from '@campaign-ledger/core';
import ExcelJS from 'exceljs';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { readOrFail, recordedLog } from '../../test/recordedLog';
import { SMALL_REPORT } from '../../test/smallReport';
import { writeTranscriptionWorkbook } from '../export/writeWorkbook';
import { recordTranscription } from '../record/recordTranscription';
import { describeTranscriptionError, type TranscriptionError } from '../transcriptionError';
import { readTranscriptionWorkbook } from './readWorkbook';
import { readTranscriptionYaml } from './readYaml';

const FILE = 'small.xlsx';
const fromYaml = readOrFail(readTranscriptionYaml('small.report.yaml', SMALL_REPORT));

const workbookBytes = async (build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

const sheet = (workbook: ExcelJS.Workbook, name: string, rows: ReadonlyArray<ReadonlyArray<ExcelJS.CellValue>>) => {
  const worksheet = workbook.addWorksheet(name);
  for (const row of rows) worksheet.addRow([...row]);
};

// The small report, written by its writer, then changed cell by cell.
const edited = async (edit: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeTranscriptionWorkbook(fromYaml.transcription)).slice().buffer);
  edit(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

const cell = (workbook: ExcelJS.Workbook, sheetName: string, row: number, heading: string): ExcelJS.Cell => {
  const worksheet = workbook.getWorksheet(sheetName);
  if (worksheet === undefined) throw new Error(`no sheet ${sheetName}`);
  const headings = worksheet.getRow(1).values as ReadonlyArray<unknown>;
  const column = headings.indexOf(heading);
  if (column < 1) throw new Error(`no column ${heading} in ${sheetName}`);
  return worksheet.getRow(row).getCell(column);
};

const refused = async (bytes: Uint8Array): Promise<TranscriptionError> => {
  const read = await readTranscriptionWorkbook(FILE, bytes);
  if (E.isLeft(read)) return read.left;
  const recorded = await recordTranscription(makeInMemoryEventStore<CampaignEvent>(), read.right)();
  if (E.isLeft(recorded)) return recorded.left;
  throw new Error('the workbook was recorded');
};

describe('a transcription as a workbook', () => {
  it('written from the YAML form, reads back to the same transcription and records exactly the same log', async () => {
    const bytes = await writeTranscriptionWorkbook(fromYaml.transcription);
    const fromWorkbook = readOrFail(await readTranscriptionWorkbook(FILE, bytes));
    expect(fromWorkbook.transcription).toEqual(fromYaml.transcription);
    const [yamlLog, workbookLog] = await Promise.all([recordedLog(fromYaml), recordedLog(fromWorkbook)]);
    expect(workbookLog).toEqual(yamlLog);
    expect(workbookLog.map((e) => e.type)).toContain('FigureReported');
  });

  it('built cell by cell by an analyst, records the same log as the YAML form', async () => {
    const q92 = 'Các chi, đảng bộ trực thuộc đã tổ chức được 28 lớp cho 1.854 cán bộ, đảng viên, công chức, viên chức học tập.';
    const q93 = 'Tổ chức học tập, tuyên truyền tại 117/160 bản, khu phố với trên 12.360 lượt người tham gia.';
    const bytes = await workbookBytes((wb) => {
      sheet(wb, 'README', [['anything at all'], ['is never read']]);
      sheet(wb, 'Document', [
        ['Field', 'Value'],
        ['id', 'muong-te-2009-excerpt'],
        ['campaign', 'muong-te-excerpt'],
        ['title', 'Đảng bộ Mường Tè học và làm theo Bác (trích)'],
        ['publisher', 'Tạp chí Tuyên giáo'],
        [],
        ['scope', 'org:muong-te'],
        ['launch.title', 'Học tập và làm theo tấm gương đạo đức Hồ Chí Minh'],
        // A day typed as a date is read as the day.
        ['launch.launchedOn', new Date(Date.UTC(2006, 10, 26))],
      ]);
      sheet(wb, 'organisations', [
        ['id', 'name', 'kind', 'parent'],
        ['org:lai-chau', 'Tỉnh uỷ Lai Châu', 'province-committee'],
        ['org:muong-te', 'Huyện uỷ Mường Tè', 'district-committee', 'org:lai-chau'],
      ]);
      // Columns in an order of the analyst's own; integers typed as numbers; the quote given once per sentence.
      sheet(wb, 'statements', [
        ['sentence', 'quote', 'year', 'measure', 'qualifier', 'number', 'unit', 'category', 'id', 'dimensions', 'record'],
        ['9.2', q92, 2009, 'classes', null, 28, null, null, 'figure:2009/classes/units', 'organiserLevel=unit'],
        ['9.2', null, 2009, 'participants', null, '1.854', 'người', 'cadres-party-members-civil-servants', 'figure:2009/unit-classes', 'organiserLevel=unit'],
        ['9.3', q93, '2009', 'areas-reached', null, '117/160', null, null, 'figure:2009/areas-reached'],
        ['9.3', null, null, 'outreach-attendances', 'trên', '12.360', 'lượt', null, 'figure:2009/outreach-attendances'],
        ['9.3', null, null, 'outreach-attendances', null, 'to check', null, null, 'figure:draft', null, 'no'],
      ]);
      sheet(wb, 'facts', [
        ['sentence', 'quote', 'command', 'fields'],
        ['9.2', null, 'ReportClasses', 'factId=fact:2009/classes/units; count=28; organiserLevel=unit'],
        [
          '9.2',
          null,
          'ReportParticipation',
          'factId=fact:2009/participants/unit-classes\ncategory=cadres-party-members-civil-servants\ncount=1.854\nunit=người\norganiserLevel=unit\nclassesFactId=fact:2009/classes/units',
        ],
        ['9.3', null, 'DeclareResidentialAreas', 'factId=fact:2009/residential-areas; count=160'],
        ['9.3', null, 'ReportOutreach', 'factId=fact:2009/outreach; areasReached=117; attendances=trên 12.360; audience=public'],
      ]);
    });
    const fromWorkbook = readOrFail(await readTranscriptionWorkbook(FILE, bytes));
    expect(fromWorkbook.transcription).toEqual(fromYaml.transcription);
    expect(await recordedLog(fromWorkbook)).toEqual(await recordedLog(fromYaml));
    expect(fromWorkbook.locate(['sentences', 1, 'states', 1, 'number'])).toEqual({ file: FILE, sheet: 'statements', line: 5, heading: 'number' });
    expect(fromWorkbook.locate(['sentences', 0, 'facts', 1, 'ReportParticipation', 'count'])).toEqual({ file: FILE, sheet: 'facts', line: 3, heading: 'fields' });
    expect(fromWorkbook.locate(['document', 'scope'])).toEqual({ file: FILE, sheet: 'Document', line: 7, heading: 'value' });
  });

  it('opens on its README, with every column formatted as text and the header row frozen', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeTranscriptionWorkbook(fromYaml.transcription)).slice().buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['README', 'document', 'terms', 'organisations', 'statements', 'facts']);
    const statements = workbook.getWorksheet('statements');
    expect(statements?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(statements?.getRow(1).values).toEqual([
      undefined,
      ...['sentence', 'quote', 'year', 'organisation', 'category', 'measure', 'number', 'unit', 'qualifier', 'id', 'parts', 'dimensions', 'record', 'source'],
    ]);
    expect(statements?.getColumn(7).numFmt).toBe('@');
    // "trên 12.360" is written as the qualifier and the number apart.
    expect(statements?.getRow(5).getCell(7).value).toBe('12.360');
    expect(statements?.getRow(5).getCell(9).value).toBe('trên');
  });

  it('accepts an integer typed as a number, and refuses a number with a fraction: it may not be what the report wrote', async () => {
    const integer = readOrFail(await readTranscriptionWorkbook(FILE, await edited((wb) => (cell(wb, 'statements', 3, 'number').value = 1854))));
    expect(integer.transcription.sentences[0]?.states?.[1]?.['number']).toBe('1854');
    const error = await refused(await edited((wb) => (cell(wb, 'statements', 3, 'number').value = 1.854)));
    expect(error._tag).toBe('InvalidTranscription');
    expect(describeTranscriptionError(error)).toBe(
      'small.xlsx, sheet statements, row 3, column number: 1.854 is stored as a number, which may not be what the report wrote: format the column as text and type the number as the report writes it ("3.573", "94,2%")',
    );
  });

  it('refuses an unknown column at its heading, naming the nearest known columns', async () => {
    const error = await refused(await edited((wb) => (cell(wb, 'statements', 1, 'number').value = 'nmber')));
    expect(describeTranscriptionError(error)).toBe(
      'small.xlsx, sheet statements, row 1, column nmber: unknown column "nmber" in sheet statements; known (nearest first): number, year, quote, unit, id',
    );
  });

  it('refuses an unknown measure at its row and column', async () => {
    const error = await refused(await edited((wb) => (cell(wb, 'statements', 3, 'measure').value = 'participant')));
    expect(error._tag).toBe('InvalidTranscription');
    expect(describeTranscriptionError(error)).toMatch(/^small\.xlsx, sheet statements, row 3, column measure: sentences\[0\]\.states\[1\]\.figure: unknown measure "participant"; known: participants,/);
  });

  it('refuses an unknown command at its row, naming the nearest commands', async () => {
    const error = await refused(await edited((wb) => (cell(wb, 'facts', 2, 'command').value = 'ReportClass')));
    expect(describeTranscriptionError(error)).toMatch(/^small\.xlsx, sheet facts, row 2, column command: sentences\[0\]\.facts\[0\]\.ReportClass: ReportClass is not a command a fact can name; known: ReportClasses,/);
  });

  it('refuses an unknown sheet, and a dimension the figure does not take, naming the nearest', async () => {
    const error = await refused(
      await edited((wb) => {
        (wb.getWorksheet('facts') as ExcelJS.Worksheet).name = 'fact';
        cell(wb, 'statements', 2, 'dimensions').value = 'organiserLevl=unit';
      }),
    );
    expect(describeTranscriptionError(error).split('\n')).toEqual([
      'small.xlsx, sheet fact: unknown sheet "fact"; known (nearest first): facts, terms, README, document, statements, organisations',
      'small.xlsx, sheet statements, row 2, column dimensions: unknown dimension "organiserLevl"; the figure classes takes (nearest first): organiserLevel, organisation, organisationId, audience, period, year',
    ]);
  });

  it('refuses rows of one sentence that give it two years, saying where a figure gives its own', async () => {
    const error = await refused(await edited((wb) => (cell(wb, 'statements', 3, 'year').value = '2010')));
    expect(describeTranscriptionError(error)).toMatch(
      /^small\.xlsx, sheet statements, row 3, column year: the sentence 9\.2 is filed under year 2009 \(sheet statements, row 2\); .*dimensions \(year=2009\)/,
    );
  });

  it('names the cell of a field the ledger rejects', async () => {
    const error = await refused(await edited((wb) => (cell(wb, 'facts', 5, 'fields').value = 'factId=fact:2009/outreach; areasReached=117; attendances=trên 12.360; audience=publik')));
    expect(error._tag).toBe('TranscriptionRejected');
    expect(describeTranscriptionError(error)).toMatch(/^small\.xlsx, sheet facts, row 5, column fields: sentences\[1\]\.facts\[1\]\.ReportOutreach\.audience: .*publik/);
  });

  it('says a file that is not a workbook is unreadable', async () => {
    const read = await readTranscriptionWorkbook('notes.xlsx', new TextEncoder().encode('transcription: 1'));
    expect(E.isLeft(read) && read.left._tag).toBe('TranscriptionUnreadable');
  });
});
