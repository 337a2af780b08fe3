import { Document } from 'yaml';
import { placeText } from '../format/scalars';
import type { Transcription } from '../format/transcriptionCodec';

// A place is written as the text it is read from: "12.2".
const withPlaces = (u: unknown): unknown => {
  if (Array.isArray(u)) return u.map(withPlaces);
  if (typeof u !== 'object' || u === null) return u;
  return Object.fromEntries(
    Object.entries(u).map(([k, v]) => [k, k === 'at' && typeof v === 'object' && v !== null && 'paragraph' in v ? placeText(v as never) : withPlaces(v)]),
  );
};

/**
 * A transcription as YAML text, as an analyst would write it: numbers as the report writes them,
 * in quotes where YAML would otherwise read them as numbers, and long quotes on one line.
 */
export const writeTranscriptionYaml = (transcription: Transcription): string => {
  const document = new Document(withPlaces(transcription));
  return document.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: true });
};
