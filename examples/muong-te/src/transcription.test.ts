import { readFileSync } from 'node:fs';
import { CAMPAIGN_ID, comparableReport, muongTeHistory, org, reportsOfTranscriptionAndHistory } from '@campaign-ledger/fixtures';
import { describe, expect, it } from 'vitest';

const FILE = 'muong-te.report.yaml';

describe('the Mường Tè transcription', () => {
  // The TypeScript commands of @campaign-ledger/fixtures, which the packages' tests share, are its other form.
  it('gives exactly the figures and the audit of the TypeScript history the packages test with', async () => {
    const { transcribed, written } = await reportsOfTranscriptionAndHistory({
      file: FILE,
      text: readFileSync(new URL(`../${FILE}`, import.meta.url), 'utf8'),
      commands: muongTeHistory,
      campaignId: CAMPAIGN_ID,
      organisationId: org.district,
    });
    expect(comparableReport(transcribed.report)).toEqual(comparableReport(written.report));
  });
});
