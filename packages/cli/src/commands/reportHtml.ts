import { type CampaignReport, type EventEnvelope, type EventStore, type CampaignEvent, type Language, describeStoreError, makeCampaignLedger } from '@campaign-ledger/core';
import { compareWithCheckpoint, logTreeOf } from '@campaign-ledger/core/merkle';
import { CHECKPOINT_PROOFS_FORMAT, type EmbeddedCheckpoint, renderHtmlReport } from '@campaign-ledger/html-report';
import * as E from 'fp-ts/lib/Either.js';
import { type CliFailure, EXIT } from '../cliContext';
import type { AsOfPoint } from './asOfOption';
import type { CheckpointFile } from './readSignedCheckpoint';

/** What the HTML page needs beside the report: the campaign, the language and the moment, in words. */
export interface HtmlPageOptions {
  readonly campaignId: string;
  readonly lang: Language;
  readonly asOf: ReadonlyArray<AsOfPoint>;
  readonly moment?: string;
  /** A signed checkpoint to embed, with the inclusion proofs of the events the figures count. */
  readonly checkpoint?: CheckpointFile;
}

/**
 * The checkpoint the page embeds: the note, its verifier key, and the inclusion proof of every
 * event a figure of the report counts, up to the checkpoint's size; exit 1 when the log does not
 * extend the checkpoint, since no proof against it would hold.
 */
const pageCheckpoint = (events: ReadonlyArray<EventEnvelope<CampaignEvent>>, report: CampaignReport, file: CheckpointFile): E.Either<CliFailure, EmbeddedCheckpoint> => {
  const tree = logTreeOf(events);
  if (E.isLeft(tree)) return E.left({ exitCode: EXIT.storeUnavailable, message: tree.left._tag === 'LogOutOfOrder' ? tree.left.message : describeStoreError(tree.left) });
  const standing = compareWithCheckpoint(tree.right, file.checkpoint);
  if (standing._tag !== 'Extends') return E.left({ exitCode: EXIT.checkFailed, message: `the log does not extend the checkpoint, so the page cannot carry proofs against it: a ${standing._tag.toLowerCase()}: ${standing.message}` });
  const counted = new Set(report.groups.flatMap((group) => group.sections.flatMap((section) => section.rows.flatMap((row) => row.computed.countedEventIds))));
  const proofs = events.flatMap((envelope) => {
    if (!counted.has(envelope.eventId) || envelope.globalPosition > file.checkpoint.treeSize) return [];
    const proof = tree.right.proveInclusion(envelope.globalPosition, file.checkpoint.treeSize);
    return E.isRight(proof) ? [{ eventId: envelope.eventId, proof: proof.right }] : [];
  });
  return E.right({ format: CHECKPOINT_PROOFS_FORMAT, note: file.note, verifierKey: file.verifierKey, proofs });
};

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
  const checkpoint = options.checkpoint === undefined ? E.right(undefined) : pageCheckpoint(events.right, report, options.checkpoint);
  if (E.isLeft(checkpoint)) return checkpoint;
  return E.right(
    renderHtmlReport({
      report,
      facts: figures.right.facts,
      events: events.right,
      lang: options.lang,
      ...(options.moment === undefined ? {} : { asOf: options.moment }),
      ...(checkpoint.right === undefined ? {} : { checkpoint: checkpoint.right }),
    }),
  );
};
