import { type CampaignEvent, makeInMemoryEventStore } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { readOrFail, recordedLog } from '../../test/recordedLog';
import { SMALL_REPORT } from '../../test/smallReport';
import { writeTranscriptionCsv } from '../export/writeCsv';
import { recordTranscription } from '../record/recordTranscription';
import { describeTranscriptionError, type TranscriptionError } from '../transcriptionError';
import { readTranscriptionCsv } from './readCsv';
import { readTranscriptionYaml } from './readYaml';

const FILE = 'small.csv';
const fromYaml = readOrFail(readTranscriptionYaml('small.report.yaml', SMALL_REPORT));

// The small report as an analyst saves it from a spreadsheet: every sheet in turn, begun by its name in brackets.
const SMALL_CSV = `[document]
field,value
id,muong-te-2009-excerpt
campaign,muong-te-excerpt
title,Đảng bộ Mường Tè học và làm theo Bác (trích)
publisher,Tạp chí Tuyên giáo
scope,org:muong-te
launch.title,Học tập và làm theo tấm gương đạo đức Hồ Chí Minh
launch.launchedOn,2006-11-26

[organisations]
id,name,kind,parent
org:lai-chau,Tỉnh uỷ Lai Châu,province-committee,
org:muong-te,Huyện uỷ Mường Tè,district-committee,org:lai-chau

[statements]
sentence,quote,year,category,measure,number,unit,qualifier,id,dimensions
9.2,"Các chi, đảng bộ trực thuộc đã tổ chức được 28 lớp cho 1.854 cán bộ, đảng viên, công chức, viên chức học tập.",2009,,classes,28,,,figure:2009/classes/units,organiserLevel=unit
9.2,,2009,cadres-party-members-civil-servants,participants,1.854,người,,figure:2009/unit-classes,organiserLevel=unit
9.3,"Tổ chức học tập, tuyên truyền tại 117/160 bản, khu phố với trên 12.360 lượt người tham gia.",2009,,areas-reached,117/160,,,figure:2009/areas-reached,
9.3,,2009,,outreach-attendances,12.360,lượt,trên,figure:2009/outreach-attendances,

[facts]
sentence,command,fields
9.2,ReportClasses,factId=fact:2009/classes/units; count=28; organiserLevel=unit
9.2,ReportParticipation,factId=fact:2009/participants/unit-classes; category=cadres-party-members-civil-servants; count=1.854; unit=người; organiserLevel=unit; classesFactId=fact:2009/classes/units
9.3,DeclareResidentialAreas,factId=fact:2009/residential-areas; count=160
9.3,ReportOutreach,factId=fact:2009/outreach; areasReached=117; attendances=trên 12.360; audience=public
`;

const refused = async (text: string): Promise<TranscriptionError> => {
  const read = readTranscriptionCsv(FILE, text);
  if (E.isLeft(read)) return read.left;
  const recorded = await recordTranscription(makeInMemoryEventStore<CampaignEvent>(), read.right)();
  if (E.isLeft(recorded)) return recorded.left;
  throw new Error('the file was recorded');
};

describe('a transcription as one CSV file', () => {
  it('written from the YAML form, reads back to the same transcription and records exactly the same log', async () => {
    const text = writeTranscriptionCsv(fromYaml.transcription);
    expect(text.startsWith('\uFEFF[document]\r\nfield,value\r\n')).toBe(true);
    const fromCsv = readOrFail(readTranscriptionCsv(FILE, text));
    expect(fromCsv.transcription).toEqual(fromYaml.transcription);
    expect(await recordedLog(fromCsv)).toEqual(await recordedLog(fromYaml));
  });

  it('typed by an analyst, records the same log as the YAML form, every path at its line and column', async () => {
    const fromCsv = readOrFail(readTranscriptionCsv(FILE, SMALL_CSV));
    expect(fromCsv.transcription).toEqual(fromYaml.transcription);
    expect(await recordedLog(fromCsv)).toEqual(await recordedLog(fromYaml));
    expect(fromCsv.locate(['sentences', 1, 'states', 1, 'number'])).toEqual({ file: FILE, sheet: 'statements', line: 21, heading: 'number' });
    expect(fromCsv.locate(['sentences', 0, 'facts', 1, 'ReportParticipation', 'unit'])).toEqual({ file: FILE, sheet: 'facts', line: 26, heading: 'fields' });
  });

  it('refuses an unknown column, an unknown measure and an unknown command at their lines and columns', async () => {
    expect(describeTranscriptionError(await refused(SMALL_CSV.replace('sentence,command,fields', 'sentence,comand,fields')))).toMatch(
      /^small\.csv, sheet facts, row 24, column comand: unknown column "comand" in sheet facts; known \(nearest first\): command,/,
    );
    expect(describeTranscriptionError(await refused(SMALL_CSV.replace(',areas-reached,', ',areas-reachd,')))).toMatch(
      /^small\.csv, sheet statements, row 20, column measure: sentences\[1\]\.states\[0\]\.figure: unknown measure "areas-reachd"; known: areas-reached,/,
    );
    expect(describeTranscriptionError(await refused(SMALL_CSV.replace('9.3,DeclareResidentialAreas', '9.3,DeclareResidentialArea')))).toMatch(
      /^small\.csv, sheet facts, row 27, column command: sentences\[1\]\.facts\[0\]\.DeclareResidentialArea: DeclareResidentialArea is not a command a fact can name; known: DeclareResidentialAreas,/,
    );
  });

  it("refuses an unknown field of a command at the row's fields, naming the nearest fields", async () => {
    expect(describeTranscriptionError(await refused(SMALL_CSV.replace('count=160', 'cout=160')))).toMatch(
      /^small\.csv, sheet facts, row 27, column fields: sentences\[1\]\.facts\[0\]\.DeclareResidentialAreas\.cout: expected a known field \(nearest first: count,/,
    );
  });

  it('refuses a row with no quote when two sentences stand at its place, saying where they are', async () => {
    const twice = SMALL_CSV.replace('9.3,"Tổ chức học tập', '9.2,"Tổ chức học tập').replace('9.3,,2009,,outreach', '9.2,,2009,,outreach');
    expect(describeTranscriptionError(await refused(twice)).split('\n')).toContain(
      'small.csv, sheet facts, row 25, column quote: 2 sentences stand at 9.2 (sheet statements, row 18; sheet statements, row 20): write this row\'s quote to say which',
    );
  });

  it('refuses a number that does not read, at its line', async () => {
    expect(describeTranscriptionError(await refused(SMALL_CSV.replace(',117/160,', ',117/ 160 bản,')))).toMatch(
      /^small\.csv, sheet statements, row 20, column number: sentences\[1\]\.states\[0\]\.number: /,
    );
  });

  it('says a file that is not CSV, or rows before any sheet, are unreadable, at their line', async () => {
    const unclosed = await refused(SMALL_CSV.replace('9.2,"Các chi', '9.2,Các chi"').replace('học tập.",2009', 'học tập.,2009'));
    expect(unclosed._tag).toBe('TranscriptionUnreadable');
    expect(describeTranscriptionError(await refused(`id,x\n${SMALL_CSV}`))).toBe(
      'small.csv:1:1: a CSV transcription begins each sheet with its name in brackets on a line of its own, such as [document]',
    );
  });
});
