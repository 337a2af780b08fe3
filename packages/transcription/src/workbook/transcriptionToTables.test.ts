import { describe, expect, it } from 'vitest';
import { readOrFail, recordedLog } from '../../test/recordedLog';
import { TERMS_REPORT } from '../../test/termsReport';
import { writeTranscriptionCsv } from '../export/writeCsv';
import { writeTranscriptionWorkbook } from '../export/writeWorkbook';
import { readTranscriptionCsv } from '../read/readCsv';
import { readTranscriptionWorkbook } from '../read/readWorkbook';
import { readTranscriptionYaml } from '../read/readYaml';
import { transcriptionToTables } from './transcriptionToTables';

const fromYaml = readOrFail(readTranscriptionYaml('terms.report.yaml', TERMS_REPORT));

const rowsOf = (sheet: string) => {
  const table = transcriptionToTables(fromYaml.transcription).find((t) => t.sheet === sheet);
  return (table?.rows ?? []).map((row) => Object.fromEntries(table?.columns.map((c, i) => [c, row[i]]).filter(([, v]) => v !== '') ?? []));
};

describe('a transcription as sheets', () => {
  it('writes a term with its label in two columns and its relations as lists', () => {
    expect(rowsOf('terms')).toEqual([
      {
        kind: 'bloc',
        termId: 'agencies-and-enterprises',
        'label.vi': 'khối cơ quan và doanh nghiệp',
        'label.en': 'agencies and enterprises',
        narrower: 'agencies, enterprises',
        partitions: 'agencies, enterprises',
        quote: 'các chi, đảng bộ khối cơ quan và doanh nghiệp',
        at: '3.1',
      },
    ]);
  });

  it("writes a sentence with no figure as a statements row of its own, and a fact's fields as name=value pairs", () => {
    expect(rowsOf('statements')).toEqual([{ sentence: '5.1', quote: expect.stringMatching(/^Huyện ủy phối hợp/), year: '2009' }]);
    expect(rowsOf('facts').map((r) => [r['quote'] === undefined ? 'no quote' : 'quote', r['command'], r['fields']])).toEqual([
      ['quote', 'LaunchContest', 'contestId=contest:2009/ke-chuyen; kind=storytelling; "title=Hội thi kể chuyện; vòng huyện"; organiserId=org:district; level=district; coOrganiserIds=org:youth, org:women'],
      ['no quote', 'DefineTerm', 'kind=organisation-kind; termId=bloc-committee; label.vi=Đảng ủy khối; label.en=bloc Party committee'],
    ]);
  });

  it('reads back, from a workbook and from CSV, to the same transcription and the same log', async () => {
    const workbook = readOrFail(await readTranscriptionWorkbook('terms.xlsx', await writeTranscriptionWorkbook(fromYaml.transcription)));
    const csv = readOrFail(readTranscriptionCsv('terms.csv', writeTranscriptionCsv(fromYaml.transcription)));
    expect(workbook.transcription).toEqual(fromYaml.transcription);
    expect(csv.transcription).toEqual(fromYaml.transcription);
    const log = await recordedLog(fromYaml);
    expect(log.map((e) => e.type)).toEqual(['CampaignLaunched', 'TermDefined', 'OrganisationRegistered', 'OrganisationRegistered', 'OrganisationRegistered', 'ContestLaunched', 'TermDefined']);
    expect(await recordedLog(workbook)).toEqual(log);
    expect(await recordedLog(csv)).toEqual(log);
  });
});
