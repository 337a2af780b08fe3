import * as E from 'fp-ts/lib/Either.js';

const decodes = (bytes: Uint8Array, stream = false): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
};

/**
 * A file's bytes as UTF-8 text, or the first line (from 1) that is not UTF-8: a byte that is not
 * text is never replaced in silence. A file cut inside its last character loses that character,
 * so that its last line reads as cut short.
 */
export const utf8Text = (bytes: Uint8Array): E.Either<number, string> => {
  if (decodes(bytes)) return E.right(new TextDecoder('utf-8').decode(bytes));
  // Decoding as a stream holds back a character the bytes end inside of, rather than refuse it.
  if (decodes(bytes, true)) return E.right(new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true }));
  let start = 0;
  for (let line = 1; ; line += 1) {
    const end = bytes.indexOf(0x0a, start);
    if (end === -1 || !decodes(bytes.subarray(start, end))) return E.left(line);
    start = end + 1;
  }
};
