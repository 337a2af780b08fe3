import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SMALL_REPORT } from '../../test/smallReport';
import { transcriptionJsonSchema } from './transcriptionJsonSchema';

const committed = JSON.parse(readFileSync(new URL('../../schema/transcription-v1.schema.json', import.meta.url), 'utf8')) as unknown;
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(transcriptionJsonSchema());
// An editor reads YAML with the core schema: unquoted 2009 is a number there.
const asAnEditorReads = (text: string): unknown => parse(text);

describe('the JSON Schema of the transcription format', () => {
  it('is the one the package publishes (npm run schema -w @campaign-ledger/transcription writes it)', () => {
    expect(committed).toEqual(transcriptionJsonSchema());
  });

  it('accepts a transcription the reader accepts, the seed included', () => {
    expect(validate(asAnEditorReads(SMALL_REPORT)), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const seed = readFileSync(new URL('../../../../examples/muong-te/muong-te.report.yaml', import.meta.url), 'utf8');
    expect(validate(asAnEditorReads(seed)), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('refuses a misspelt field, an unknown command and an unknown measure where an editor shows them', () => {
    const bad = (text: string) => (validate(asAnEditorReads(text)) ? [] : (validate.errors ?? []).map((e) => e.instancePath));
    expect(bad(SMALL_REPORT.replace('  publisher:', '  publsher:'))).toContain('/document');
    expect(bad(SMALL_REPORT.replace('ReportClasses:', 'ReportClass:'))).toContain('/sentences/0/facts/0');
    expect(bad(SMALL_REPORT.replace('figure: areas-reached', 'figure: area-reached'))).toContain('/sentences/1/states/0/figure');
  });
});
