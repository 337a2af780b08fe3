import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtInVocabulary } from '../model/builtInVocabulary';
import { renderVocabularyTables, replaceVocabularyTables } from './glossaryMarkdown';

const docPath = fileURLToPath(new URL('../../../../docs/glossary.md', import.meta.url));

describe('the glossary', () => {
  it('lists every built-in term once, with its words and the relations its definition declares', () => {
    const rows = renderVocabularyTables()
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    expect(rows).toHaveLength(builtInVocabulary.length);
    expect(rows).toContain('| `non-party-civil-servants` | công chức, viên chức là quần chúng | non-party civil servants | narrower than `civil-servants`; disjoint from `party-members` |');
    expect(rows).toContain('| `reward-or-commendation` | biểu dương, khen thưởng | reward or commendation | made of `reward` + `commendation` |');
  });

  it('is documented in docs/glossary.md exactly as the built-in vocabulary defines it (run npm run docs:glossary after a change)', () => {
    const doc = readFileSync(docPath, 'utf8');
    expect(replaceVocabularyTables(doc)).toBe(doc);
  });
});
