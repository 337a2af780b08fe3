import { readFileSync } from 'node:fs';
import { articleParagraphs, comparableReport, readTranscriptionOrThrow, reportsOfTranscriptionAndHistory, withoutHeadHash } from '@campaign-ledger/fixtures';
import { quotePlaces } from '@campaign-ledger/transcription';
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_ID, history, org } from './history';

const FILE = 'nghe-an.report.yaml';
const TEXT = readFileSync(new URL(`../${FILE}`, import.meta.url), 'utf8');
const SOURCE = readFileSync(new URL('../source/tong-ket-chi-thi-03.txt', import.meta.url), 'utf8');

describe('the Nghệ An transcription', () => {
  it('gives exactly the figures and the audit of the TypeScript history', async () => {
    const { transcribed, written } = await reportsOfTranscriptionAndHistory({ file: FILE, text: TEXT, commands: history, campaignId: CAMPAIGN_ID, organisationId: org.province });
    expect(transcribed.report.audit?.reconciliation.statedFigures).toBe(8);
    expect(comparableReport(transcribed.report)).toEqual(comparableReport(written.report));
    expect(withoutHeadHash(transcribed.text)).toBe(withoutHeadHash(written.text));
  });

  it('places every quote in the sentence of the article its place names', () => {
    const placed = quotePlaces(readTranscriptionOrThrow(FILE, TEXT).transcription, articleParagraphs(SOURCE));
    expect(placed.length).toBeGreaterThan(0);
    for (const { text, quote } of placed) expect(text, quote).toContain(quote);
  });
});
