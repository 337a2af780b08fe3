import { type CampaignEvent, type EventEnvelope, correctableEventTypes, factIdOf } from '@campaign-ledger/core';

/** The metadata key under which an event names the transcription (its document id) it was recorded from. */
export const DOCUMENT_METADATA_KEY = 'transcription-document';

/** What the log holds today for one fact id: the current version of its fact, and whether it was retracted. */
export interface RecordedVersion {
  readonly event: CampaignEvent;
  readonly retracted: boolean;
  readonly correctable: boolean;
  /** The transcription the fact was first recorded from, if any. */
  readonly documentId: string | undefined;
}

const correctable: ReadonlySet<string> = new Set(correctableEventTypes);

/** The current version of every fact in a stream, by fact id: originals replaced by their corrections, and retractions marked. */
export const recordedVersions = (history: ReadonlyArray<EventEnvelope<CampaignEvent>>): ReadonlyMap<string, RecordedVersion> => {
  const versions = new Map<string, RecordedVersion>();
  for (const { event, metadata } of history) {
    if (event.type === 'FactCorrected') {
      const before = versions.get(event.data.correctedFactId);
      if (before !== undefined) versions.set(event.data.correctedFactId, { ...before, event: event.data.replacement as CampaignEvent });
      continue;
    }
    if ((event.type as string) === 'FactRetracted') {
      const id = (event.data as unknown as { readonly retractedFactId: string }).retractedFactId;
      const before = versions.get(id);
      if (before !== undefined) versions.set(id, { ...before, retracted: true });
      continue;
    }
    versions.set(factIdOf(event), { event, retracted: false, correctable: correctable.has(event.type), documentId: metadata?.[DOCUMENT_METADATA_KEY] });
  }
  return versions;
};
