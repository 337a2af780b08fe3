import { readFileSync } from 'node:fs';
import { CampaignEvent, type LedgerReport, makeCampaignLedger, makeInMemoryEventStore } from '@campaign-ledger/core';
import { type Place, type SourcedTranscription, describeTranscriptionError, readTranscriptionYaml, recordTranscription } from '@campaign-ledger/transcription';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_ID, history, org } from './history';

const TRANSCRIPTION = new URL('../hung-nguyen.report.yaml', import.meta.url);
const SOURCE = new URL('../source/tong-ket-chi-thi-03.txt', import.meta.url);

const ledgerOver = (store: ReturnType<typeof makeInMemoryEventStore<CampaignEvent>>) =>
  makeCampaignLedger({ store, campaignId: CAMPAIGN_ID, organisationId: org.district });

const reportOf = async (ledger: ReturnType<typeof ledgerOver>): Promise<LedgerReport> => {
  const report = await ledger.report({ lang: 'vi' })();
  if (E.isLeft(report)) throw new Error(report.left._tag);
  return report.right;
};

const read = (): SourcedTranscription => {
  const sourced = readTranscriptionYaml('hung-nguyen.report.yaml', readFileSync(TRANSCRIPTION, 'utf8'));
  if (E.isLeft(sourced)) throw new Error(describeTranscriptionError(sourced.left));
  return sourced.right;
};

const fromTranscription = async (): Promise<LedgerReport> => {
  const store = makeInMemoryEventStore<CampaignEvent>({ codec: CampaignEvent });
  const recorded = await recordTranscription(store, read())();
  if (E.isLeft(recorded)) throw new Error(describeTranscriptionError(recorded.left));
  return reportOf(ledgerOver(store));
};

const fromHistory = async (): Promise<LedgerReport> => {
  const ledger = ledgerOver(makeInMemoryEventStore<CampaignEvent>({ codec: CampaignEvent }));
  for (const [i, command] of history.entries()) {
    const recorded = await ledger.record(command)();
    if (E.isLeft(recorded)) throw new Error(`command #${i} ${command.type}: ${recorded.left._tag}`);
  }
  return reportOf(ledger);
};

// What differs between two logs of the same facts: the events' ids and hashes, and where each sentence stands.
const withoutLogDetails = (u: unknown): unknown => {
  if (Array.isArray(u)) return u.map(withoutLogDetails);
  if (typeof u !== 'object' || u === null) return u;
  return Object.fromEntries(
    Object.entries(u)
      .filter(([k]) => !/eventIds?$/i.test(k) && !['locator', 'recordedAt', 'headHash', 'hash', 'globalPosition', 'position'].includes(k))
      .map(([k, v]) => [k, withoutLogDetails(v)]),
  );
};

// The printed report names the log's head hash, which differs with the events' ids.
const withoutHash = (text: string): string => text.replace(/\b[0-9a-f]{64}\b/g, '<hash>');

// The article's paragraphs: the stored body after its header, one a line, the marks […] of what it leaves out not counted.
const fold = (s: string): string => s.normalize('NFC').replace(/[\s\u00a0]+/gu, ' ').trim();
const paragraphs = (() => {
  const lines = readFileSync(SOURCE, 'utf8').split('\n');
  return lines.slice(lines.findIndex((l) => l.trim() === '') + 1).map(fold).filter((l) => l !== '' && l !== '[…]');
})();
// A sentence ends at . ! ? or … before a space and a capital, a digit, a quote or a bracket, or at a full stop or an
// ellipsis glued to the next sentence ("đảng viên.Nhân dịp này", "môi trường, …Việc"); "03-CT/T.Ư" ends none.
const sentencesOf = (paragraph: string): ReadonlyArray<string> => paragraph.split(/(?<=[.!?…])\s+(?=[\p{Lu}\d“"(])|(?<=\p{Ll}\p{Ll}\.|…)(?=\p{Lu}\p{Ll})/u);
const textAt = (at: Place): string | undefined => {
  const paragraph = paragraphs[at.paragraph - 1];
  return paragraph === undefined || at.sentence === 0 ? paragraph : sentencesOf(paragraph)[at.sentence - 1];
};

describe('the Hưng Nguyên transcription', () => {
  it('gives exactly the figures and the audit of the TypeScript history', async () => {
    const [transcribed, written] = await Promise.all([fromTranscription(), fromHistory()]);
    expect(transcribed.report.audit?.reconciliation.statedFigures).toBe(5);
    expect(withoutLogDetails(transcribed.report)).toEqual(withoutLogDetails(written.report));
    expect(withoutHash(transcribed.text)).toBe(withoutHash(written.text));
  });

  it('places every quote in the sentence of the article its place names', () => {
    const { transcription } = read();
    const entries = [transcription.launch, ...(transcription.terms ?? []), ...(transcription.organisations ?? []), ...transcription.sentences];
    const placed = entries.flatMap((e) => (e?.quote === undefined || e.at === undefined ? [] : [[e.at, e.quote] as const]));
    expect(placed.length).toBeGreaterThan(0);
    for (const [at, quote] of placed) expect(textAt(at), quote).toContain(fold(quote));
  });
});
