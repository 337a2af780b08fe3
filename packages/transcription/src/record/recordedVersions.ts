import { type CampaignEvent, type EventEnvelope, correctableEventTypes, factIdOf } from '@campaign-ledger/core';

/** The metadata key under which an event names the transcription (its document id) it was recorded from. */
export const DOCUMENT_METADATA_KEY = 'transcription-document';

/** One fact of the log: its event type and its own id (an id alone may name facts of two types, such as an organisation and its steering committee). */
export const versionKey = (type: string, factId: string): string => `${type} ${factId}`;

/** What the log holds today for one fact: the current version of its fact, and whether it was retracted. */
export interface RecordedVersion {
  readonly factId: string;
  readonly event: CampaignEvent;
  readonly retracted: boolean;
  readonly correctable: boolean;
  /** The transcription the fact was first recorded from, if any. */
  readonly documentId: string | undefined;
}

const correctable: ReadonlySet<string> = new Set(correctableEventTypes);

/** The current version of every fact in a stream, by type and fact id (`versionKey`): originals replaced by their corrections, and retractions marked. */
export const recordedVersions = (history: ReadonlyArray<EventEnvelope<CampaignEvent>>): ReadonlyMap<string, RecordedVersion> => {
  const versions = new Map<string, RecordedVersion>();
  for (const { event, metadata } of history) {
    if (event.type === 'FactCorrected') {
      const key = versionKey(event.data.replacement.type, event.data.correctedFactId);
      const before = versions.get(key);
      if (before !== undefined) versions.set(key, { ...before, event: event.data.replacement as CampaignEvent });
      continue;
    }
    if (event.type === 'FactRetracted') {
      const id = event.data.retractedFactId;
      for (const [key, before] of versions) if (before.factId === id && before.correctable) versions.set(key, { ...before, retracted: true });
      continue;
    }
    const factId = factIdOf(event);
    versions.set(versionKey(event.type, factId), { factId, event, retracted: false, correctable: correctable.has(event.type), documentId: metadata?.[DOCUMENT_METADATA_KEY] });
  }
  return versions;
};

/** The metadata key under which an event carries its transcription's document (title, publisher, URL, ...) as JSON, so an export can write it back. */
export const HEADER_METADATA_KEY = 'transcription-header';
