import type { EntryPath } from '../compile/problem';
import type { Place } from '../format/scalars';
import type { Transcription } from '../format/transcriptionCodec';

/** Text as places compare it: NFC, every run of spaces (non-breaking ones too) one space, trimmed. */
export const foldText = (s: string): string => s.normalize('NFC').replace(/[\s\u00a0]+/gu, ' ').trim();

/**
 * A paragraph's sentences, as a transcription's places count them: a sentence ends at . ! ? or …
 * before a space and a capital, a digit, a quote or a bracket, or at a full stop or an ellipsis
 * glued to the next sentence ("đảng viên.Nhân dịp này", "môi trường, …Việc"); "03-CT/T.Ư" ends none.
 */
export const sentencesOfParagraph = (paragraph: string): ReadonlyArray<string> =>
  foldText(paragraph).split(/(?<=[.!?…])\s+(?=[\p{Lu}\d“"(])|(?<=\p{Ll}\p{Ll}\.|…)(?=\p{Lu}\p{Ll})/u);

/** A quote of a transcription beside the text its place names in the document: what the quote must stand in. */
export interface QuotePlace {
  readonly path: EntryPath;
  readonly at: Place;
  /** The quote, folded (foldText). */
  readonly quote: string;
  /** The sentence (or, for a place without a sentence, the paragraph) the place names, folded; undefined when the document has none there. */
  readonly text: string | undefined;
}

/**
 * Every quote of a transcription that has a place, beside the text of the document at that place,
 * so that a test or a tool can check that each quote stands where its place says. `paragraphs`
 * are the document's paragraphs, in order.
 */
export const quotePlaces = (transcription: Transcription, paragraphs: ReadonlyArray<string>): ReadonlyArray<QuotePlace> => {
  const textAt = (at: Place): string | undefined => {
    const paragraph = paragraphs[at.paragraph - 1];
    if (paragraph === undefined) return undefined;
    return at.sentence === 0 ? foldText(paragraph) : sentencesOfParagraph(paragraph)[at.sentence - 1];
  };
  const entries: ReadonlyArray<readonly [EntryPath, { readonly quote?: string; readonly at?: Place } | undefined]> = [
    [['launch'], transcription.launch],
    ...(transcription.terms ?? []).map((e, i) => [['terms', i], e] as const),
    ...(transcription.organisations ?? []).map((e, i) => [['organisations', i], e] as const),
    ...transcription.sentences.map((e, i) => [['sentences', i], e] as const),
  ];
  return entries.flatMap(([path, e]) =>
    e?.quote === undefined || e.at === undefined ? [] : [{ path, at: e.at, quote: foldText(e.quote), text: textAt(e.at) }],
  );
};
