// The same consumer without core: what its type check costs before core is imported.
import * as E from 'fp-ts/lib/Either.js';

const result: E.Either<string, number> = E.right(1);
if (E.isLeft(result)) console.error(result.left);
