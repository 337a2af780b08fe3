// Standard base64 (RFC 4648, section 4) over bytes, with nothing but what browsers and Node.js
// both have (btoa, atob): the core runs in both.

/** The base64 text of bytes. */
export const base64OfBytes = (bytes: Uint8Array): string => {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
};

/** The bytes of a base64 text, or null when it is not canonical standard base64 (padded, no whitespace). */
export const bytesOfBase64 = (text: string): Uint8Array | null => {
  if (typeof text !== 'string' || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  // A text with non-zero bits in its padding decodes too; only the canonical spelling is a value.
  return base64OfBytes(bytes) === text ? bytes : null;
};
