import { canonicalJson } from '@campaign-ledger/core/adapter';
import { v5 as uuidv5 } from 'uuid';

/** The namespace of every event id a transcription derives (a fixed UUID of this project's own). */
export const TRANSCRIPTION_NAMESPACE = '4f1c7a52-0d3e-5b8e-9a61-2c7e3f0b9d14';

/**
 * The id of an event recorded from a transcription: a UUID v5 of the document, the entry's fact id
 * and what it records, so the same file gives the same ids on every store and every run, and a
 * revised entry a new one.
 */
export const transcriptionEventId = (documentId: string, factId: string, what: 'recorded' | 'retracted' | { readonly correctedTo: unknown }): string =>
  uuidv5(canonicalJson({ document: documentId, fact: factId, what }), TRANSCRIPTION_NAMESPACE);
