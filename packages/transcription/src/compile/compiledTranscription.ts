import type { CampaignCommand } from '@campaign-ledger/core';
import type { TranscribedDocument } from '../format/transcriptionCodec';
import type { EntryPath } from './problem';

/** One command compiled from an entry of the file: where it was written, and how its fields map back to what was written. */
export interface CompiledEntry {
  /** The path of the entry in the file. */
  readonly path: EntryPath;
  readonly command: CampaignCommand;
  /** A path inside the command (`data.count`, `data.figure.category`) as the path the analyst wrote. */
  readonly pathOf: (inner: ReadonlyArray<string | number>) => EntryPath;
}

/**
 * A transcription compiled into commands: its document and campaign, and the commands in the
 * order they are decided (the launch, the terms, the organisations, then every sentence's facts,
 * then every sentence's statements, since a statement names the facts it totals).
 */
export interface CompiledTranscription {
  readonly document: TranscribedDocument;
  readonly campaignId: string;
  readonly entries: ReadonlyArray<CompiledEntry>;
}
