import { type CampaignReport, type EventStore, type CampaignEvent, type Language, describeStoreError, makeCampaignLedger } from '@campaign-ledger/core';
import { renderHtmlReport } from '@campaign-ledger/html-report';
import * as E from 'fp-ts/lib/Either.js';
import { type CliFailure, EXIT } from '../cliContext';
import type { AsOfPoint } from './asOfOption';

/** What the HTML page needs beside the report: the campaign, the language and the moment, in words. */
export interface HtmlPageOptions {
  readonly campaignId: string;
  readonly lang: Language;
  readonly asOf: ReadonlyArray<AsOfPoint>;
  readonly moment?: string;
}

/**
 * The report as one self-contained HTML page (docs/html-report.md): the facts it was built from
 * explain each figure's lineage, and the whole log is embedded, as an events file, for the page to
 * verify in the reader's browser.
 */
export const htmlPage = async (store: EventStore<CampaignEvent>, report: CampaignReport, options: HtmlPageOptions): Promise<E.Either<CliFailure, string>> => {
  const figures = await makeCampaignLedger({ store, campaignId: options.campaignId }).figures(options.asOf)();
  if (E.isLeft(figures)) return E.left({ exitCode: EXIT.storeUnavailable, message: describeStoreError(figures.left) });
  const events = await store.readAll()();
  if (E.isLeft(events)) return E.left({ exitCode: EXIT.storeUnavailable, message: describeStoreError(events.left) });
  return E.right(
    renderHtmlReport({
      report,
      facts: figures.right.facts,
      events: events.right,
      lang: options.lang,
      ...(options.moment === undefined ? {} : { asOf: options.moment }),
    }),
  );
};
