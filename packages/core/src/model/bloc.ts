import { type TermId, termCodec } from './termCodec';

/** The bloc (khối) an organisation or a class belongs to: a term of kind `bloc`. */
export const Bloc = termCodec('bloc', 'Bloc');
/** The bloc an organisation or a class belongs to. */
export type Bloc = TermId;
