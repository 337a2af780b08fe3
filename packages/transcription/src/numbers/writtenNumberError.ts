/** What every malformed written number says: where the grammar stopped and why. */
interface ProblemAt<Tag extends string> {
  readonly _tag: Tag;
  /** The text as the grammar read it: NFC, spaces folded to one, trimmed; `offset` indexes it. */
  readonly input: string;
  /** The character offset (from 0) in `input` where the grammar went wrong. */
  readonly offset: number;
  /** What the grammar expected at `offset`: `3 digits after the thousands dot`. */
  readonly expected: string;
  /** What it found there: `"36"`, `end of input`. */
  readonly found: string;
  /** One line in English: the input, the offset and what is wrong. */
  readonly message: string;
}

/**
 * Why a written number could not be read. Each names the offset where reading stopped:
 * - `EmptyInput`: nothing but spaces;
 * - `UnknownWord`: a word the grammar does not know ("abc"), with the known words nearest to it;
 * - `QualifierWithoutNumber`: a qualifier with nothing after it ("trên");
 * - `MissingNumber`: a number was due and something else came ("%", "/2.321", "2.181/");
 * - `NegativeNumber`: a minus sign ("-5"): counts and percentages are never negative;
 * - `BadThousandsGroup`: a dot not followed by exactly 3 digits ("12.36", "1.2.3"), or more than
 *   3 digits before the first dot;
 * - `DecimalPointInPercent`: "94.2%": percentages take a decimal comma;
 * - `CommaInCount`: "1,246": thousands written with a comma, where a count takes a dot;
 * - `FractionalCount`: "3,5": a count with a decimal part;
 * - `SpaceInNumber`: "12 360": a space inside a number;
 * - `MissingPercentSign`: "đạt 93", or a percentage after a fraction without its "%";
 * - `TooManyDecimals`: more than 3 decimals in a percentage, more than the ledger keeps;
 * - `NumberTooLarge`: beyond the integers JavaScript counts exactly;
 * - `ZeroDenominator`: "2.181/0";
 * - `UnexpectedText`: text after a complete number ("12.360 người"), or a missing ")" or second word.
 */
export type WrittenNumberError =
  | ProblemAt<'EmptyInput'>
  | (ProblemAt<'UnknownWord'> & { readonly word: string; readonly nearest: ReadonlyArray<string> })
  | (ProblemAt<'QualifierWithoutNumber'> & { readonly qualifier: string })
  | ProblemAt<'MissingNumber'>
  | ProblemAt<'NegativeNumber'>
  | ProblemAt<'BadThousandsGroup'>
  | (ProblemAt<'DecimalPointInPercent'> & { readonly didYouMean: string })
  | (ProblemAt<'CommaInCount'> & { readonly didYouMean: string })
  | ProblemAt<'FractionalCount'>
  | ProblemAt<'SpaceInNumber'>
  | ProblemAt<'MissingPercentSign'>
  | ProblemAt<'TooManyDecimals'>
  | ProblemAt<'NumberTooLarge'>
  | ProblemAt<'ZeroDenominator'>
  | ProblemAt<'UnexpectedText'>;

/** The tag of a WrittenNumberError. */
export type WrittenNumberErrorTag = WrittenNumberError['_tag'];

/** The tags whose errors carry nothing beyond the common fields. */
export type PlainErrorTag = Exclude<WrittenNumberErrorTag, 'UnknownWord' | 'QualifierWithoutNumber' | 'DecimalPointInPercent' | 'CommaInCount'>;

type ErrorOf<T extends WrittenNumberErrorTag> = Extract<WrittenNumberError, { readonly _tag: T }>;

/** Builds an error whose message starts with the input and the offset, followed by `explanation`. */
export const writtenNumberError = <T extends WrittenNumberErrorTag>(tag: T, fields: Omit<ErrorOf<T>, '_tag' | 'message'>, explanation: string): ErrorOf<T> =>
  ({ _tag: tag, ...fields, message: `${JSON.stringify(fields.input)} at offset ${fields.offset}: ${explanation}` } as unknown as ErrorOf<T>);

/** Whether a parser step returned an error rather than what it read. */
export const isWrittenNumberError = (x: unknown): x is WrittenNumberError => typeof x === 'object' && x !== null && '_tag' in x;
