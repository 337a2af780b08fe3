// Regenerates the starter vocabulary of docs/glossary.md from the built-in definitions (npm run docs:glossary).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { replaceVocabularyTables } from '../src/catalog/glossaryMarkdown';

const path = fileURLToPath(new URL('../../../docs/glossary.md', import.meta.url));
writeFileSync(path, replaceVocabularyTables(readFileSync(path, 'utf8')));
console.log(`wrote ${path}`);
