// Matches a surrogate code unit that is not half of a pair: UTF-8 cannot encode it, so a driver
// that writes UTF-8 silently turns it into U+FFFD and the text comes back as other text.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const hex = (codeUnit: number): string => codeUnit.toString(16).toUpperCase().padStart(4, '0');

/** The number of bytes a string takes in UTF-8 (a lone surrogate counted as the three bytes of U+FFFD, as encoders write it). */
export const utf8Length = (text: string): number => {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
};

/**
 * Why a store may not keep a piece of text as a name (a stream name, an event type), or undefined
 * when every store can: it must not hold a NUL character (PostgreSQL text cannot keep one, and C
 * APIs end strings there), nor a lone surrogate (UTF-8 cannot carry one: it would come back as
 * U+FFFD, so the stored name would differ from the hashed one), and it must take at most
 * `maxBytes` bytes in UTF-8. The reason reads after the name of the text: "the stream name …".
 * Data and metadata are not names: JSON escapes both characters (`\u0000`, `\udc00`), so they are
 * kept exactly and need no such rule.
 */
export const unstorableTextReason = (text: string, maxBytes: number): string | undefined => {
  const nul = text.indexOf('\u0000');
  if (nul !== -1) return `holds a NUL character (at code unit ${nul})`;
  const lone = LONE_SURROGATE.exec(text);
  if (lone !== null) {
    return `holds a lone surrogate (U+${hex(text.charCodeAt(lone.index))} at code unit ${lone.index}), which UTF-8 cannot carry`;
  }
  const bytes = utf8Length(text);
  if (bytes > maxBytes) return `is ${bytes} bytes long in UTF-8, more than the ${maxBytes} allowed`;
  return undefined;
};
