// Regenerates the table of grains and the field tables of docs/events.md from the spec table (npm run docs:catalog).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { replaceCatalogTables } from '../src/catalog/catalogMarkdown';

const path = fileURLToPath(new URL('../../../docs/events.md', import.meta.url));
writeFileSync(path, replaceCatalogTables(readFileSync(path, 'utf8')));
console.log(`wrote ${path}`);
