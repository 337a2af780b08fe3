/**
 * Vietnamese text normalisation, applied before any text is used as an identity.
 *
 * Unicode NFC alone does not merge the two tone-mark placements in use ("Huyện uỷ" and
 * "Huyện ủy", "hoá" and "hóa"): they are different code points. We map every open syllable
 * ending in oa, oe or uy to one placement, the one current Party and State documents use
 * (tone on the first vowel: hóa, khỏe, ủy), and keep "qu" + y untouched, where u belongs to
 * the consonant (quý).
 */

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
const toneMark = `[${TONE_MARKS}]`;

// In NFD: a bare o before a|e, or a bare u (not after q) before y, the second vowel carrying
// the tone mark, and nothing of the syllable after it.
const OA_OE_TONE_ON_SECOND = new RegExp(`([oO])([aAeE])(${toneMark})(?![\\p{L}\\p{M}])`, 'gu');
const UY_TONE_ON_SECOND = new RegExp(`(?<![qQ])([uU])([yY])(${toneMark})(?![\\p{L}\\p{M}])`, 'gu');

const SPACES = /[\s\u00a0\u2007\u202f\u200b]+/gu;

// Printable ASCII words with single spaces between them: no mark, no space to fold, nothing to trim.
const PLAIN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

// Every event decoded on a read normalises its names again, and a campaign repeats the same few
// hundred names: the results of the latest ones are kept (a pure function's results, so keeping
// them changes nothing but the time), up to a bound, then forgotten all at once.
const NORMALISED_KEPT = 4096;
const normalised = new Map<string, string>();

/** Moves the tone mark of open oa/oe/uy syllables onto the first vowel; input and output are NFD. */
const normaliseTonePlacement = (nfd: string): string =>
  nfd
    .replace(OA_OE_TONE_ON_SECOND, (_m, first: string, second: string, tone: string) => `${first}${tone}${second}`)
    .replace(UY_TONE_ON_SECOND, (_m, first: string, second: string, tone: string) => `${first}${tone}${second}`);

/**
 * NFC text with one tone-mark placement and single ordinary spaces (non-breaking spaces folded),
 * trimmed. Use it on every name before storing or comparing it.
 *
 * @example normalizeText('Huyện  uỷ') === normalizeText('Huyện ủy') // true
 */
export const normalizeText = (text: string): string => {
  if (PLAIN_ASCII.test(text)) return text;
  const known = normalised.get(text);
  if (known !== undefined) return known;
  const result = normaliseTonePlacement(text.normalize('NFD')).normalize('NFC').replace(SPACES, ' ').trim();
  if (normalised.size >= NORMALISED_KEPT) normalised.clear();
  normalised.set(text, result);
  return result;
};

/** The identity key of a name: normalised text, lower-cased with Vietnamese rules. */
export const identityKey = (text: string): string => normalizeText(text).toLocaleLowerCase('vi');
