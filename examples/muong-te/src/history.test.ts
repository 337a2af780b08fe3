import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CampaignCommand } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { muongTeHistory } from '@campaign-ledger/fixtures';
import { REPORT } from '@campaign-ledger/fixtures';

// White space differs between the report (non-breaking spaces, doubled spaces) and the quotes.
const fold = (s: string): string => s.normalize('NFC').replace(/[\s\u00a0]+/gu, ' ');
const seed = fold(readFileSync(fileURLToPath(new URL('../seed/muong-te-2007-2010.txt', import.meta.url)), 'utf8'));

describe('the Mường Tè history', () => {
  it('decodes command by command', () => {
    for (const [i, command] of muongTeHistory.entries()) {
      expect(E.isRight(CampaignCommand.decode(command)), `command #${i} ${command.type}`).toBe(true);
    }
  });

  it('quotes every fact from the report as written', () => {
    const fromReport = muongTeHistory.filter((c) => c.data.provenance.source.document === REPORT);
    expect(fromReport.length).toBeGreaterThan(muongTeHistory.length - 3);
    for (const command of fromReport) {
      const quote = command.data.provenance.source.quote;
      expect(quote, `${command.type} has no quote`).toBeDefined();
      expect(seed.includes(fold(quote ?? '')), `${command.type}: "${quote}" is not in the report`).toBe(true);
    }
  });

  it('cites a document for the facts that are not in the report', () => {
    const elsewhere = muongTeHistory.filter((c) => c.data.provenance.source.document !== REPORT);
    expect(elsewhere.map((c) => c.type)).toEqual(['DeclarePhase', 'RegisterOrganisation']);
    for (const c of elsewhere) expect(c.data.provenance.source.document).toMatch(/06-CT\/TW/);
  });

  it('states every number of the campaign sections it records, each once', () => {
    const figureIds = muongTeHistory.flatMap((c) => (c.type === 'ReportFigure' ? [c.data.figureId] : []));
    expect(new Set(figureIds).size).toBe(figureIds.length);
    expect(figureIds.length).toBeGreaterThanOrEqual(60);
  });
});
