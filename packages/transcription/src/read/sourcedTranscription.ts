import type { Transcription } from '../format/transcriptionCodec';
import type { Locate } from './located';

/** A transcription read from a file, with where each of its paths was written there. */
export interface SourcedTranscription {
  readonly file: string;
  readonly transcription: Transcription;
  readonly locate: Locate;
}
