import * as E from 'fp-ts/lib/Either.js';

/** Parses stored JSON text, or says why it does not parse. */
export const parseJsonText = (text: string): E.Either<string, unknown> => {
  try {
    return E.right(JSON.parse(text) as unknown);
  } catch (e) {
    return E.left(e instanceof Error ? e.message : String(e));
  }
};
