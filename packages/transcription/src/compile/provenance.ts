import { type Place, placeText } from '../format/scalars';
import type { Transcription } from '../format/transcriptionCodec';

/** Where an entry was read, as a command's provenance: the document, the quote and its place. */
export interface EntrySource {
  readonly quote?: string;
  readonly at?: Place;
  readonly source?: string;
}

/** The provenance of an entry: the transcribed document (or the one it cites), its quote and place. */
export const provenanceOf = (transcription: Transcription, entry: EntrySource) => {
  const { document } = transcription;
  return {
    recordedBy: document.recordedBy ?? `transcription:${document.id}`,
    source: {
      document: entry.source ?? document.title,
      ...(entry.quote === undefined ? {} : { quote: entry.quote }),
      ...(entry.at === undefined ? {} : { locator: placeText(entry.at) }),
    },
  };
};

