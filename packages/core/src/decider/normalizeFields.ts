import { NonEmptyText } from '../model/nonEmptyText';
import type { Provenance } from '../model/provenance';
import { normalizeText } from '../text/normalizeText';

/** Normalises one text; text that would normalise to nothing (only invisible spaces) is kept as written. */
export const normalizeName = (text: NonEmptyText): NonEmptyText => {
  const n = normalizeText(text);
  return NonEmptyText.is(n) ? n : text;
};

/**
 * Normalises who recorded a fact and the document it came from. The quote is kept as written:
 * it is the evidence, and the audit shows it beside the figure exactly as the report printed it.
 */
export const normalizeProvenance = (p: Provenance): Provenance => ({
  recordedBy: normalizeName(p.recordedBy),
  source: { ...p.source, document: normalizeName(p.source.document) },
});

/** The keys of a record whose values are (optional) non-empty texts. */
export type TextKeys<D> = { [K in keyof D]-?: NonNullable<D[K]> extends NonEmptyText ? K : never }[keyof D];

/**
 * A command's data with the named texts and the provenance normalised, so that what is stored
 * compares equal however the report placed its tone marks or spaces. Absent optional texts stay
 * absent.
 */
export const normalizeFields = <D extends { readonly provenance: Provenance }>(
  data: D,
  keys: ReadonlyArray<TextKeys<D>>,
): D => {
  const out: Record<PropertyKey, unknown> = { ...data, provenance: normalizeProvenance(data.provenance) };
  for (const key of keys) {
    const value: unknown = data[key];
    if (NonEmptyText.is(value)) out[key] = normalizeName(value);
  }
  return out as D;
};

/**
 * How a spec entry's rules record the data (`RecordingRules.record`): the command's data with
 * the named texts and the provenance normalised.
 *
 * @example record: normalizing(['title'])
 */
export const normalizing =
  <D extends { readonly provenance: Provenance }>(keys: ReadonlyArray<TextKeys<D>>) =>
  (data: D): D =>
    normalizeFields(data, keys);
