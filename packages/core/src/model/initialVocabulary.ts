import { builtInVocabulary } from './builtInVocabulary';
import { type Vocabulary, vocabularyOfDefinitions } from './vocabulary';

/**
 * The vocabulary every history starts from: the terms of `builtInVocabulary` with their
 * relations. A history's own terms (`TermDefined`) are added to it; the decider's state and the
 * facts projection both start from it.
 */
export const initialVocabulary: Vocabulary = vocabularyOfDefinitions(builtInVocabulary, true);
