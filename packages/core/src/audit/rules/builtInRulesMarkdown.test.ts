import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { event, withHierarchy } from '../../../test/envelopes';
import { builtInRules } from '../builtInRules';
import { evaluateRules } from '../evaluateRules';
import { decodeRuleSet } from '../validationRule';
import { renderRulesTable, replaceRulesTable } from './builtInRulesMarkdown';

// docs/audit.md, "Write a rule": the built-in rules table is generated from the rules, and the JSON
// blocks are decoded (and the example rule set evaluated) here, so the guide cannot drift.

const doc = (): string => readFileSync(fileURLToPath(new URL('../../../../../docs/audit.md', import.meta.url)), 'utf8');

const block = (name: string): string => {
  const found = new RegExp(`<!-- rules:${name} -->\\n\`\`\`(?:json|text)\\n([\\s\\S]*?)\`\`\``).exec(doc())?.[1];
  if (found === undefined) throw new Error(`docs/audit.md has no block rules:${name}`);
  return found;
};

const party = (participants: number) =>
  withHierarchy(
    event('ParticipationReported', { factId: 'fact:p', organisationId: 'org:district-a', period: 2009, category: 'party-members', countUnit: 'person', count: participants }),
    event('EligiblePopulationDeclared', { factId: 'fact:e', organisationId: 'org:district-a', period: 2009, category: 'party-members', count: 2000 }),
  );

describe('docs/audit.md, "Write a rule"', () => {
  it('lists the built-in rules as they are (regenerate with replaceRulesTable after a change)', () => {
    const markdown = doc();
    expect(replaceRulesTable(markdown, builtInRules)).toBe(markdown);
    expect(renderRulesTable(builtInRules).split('\n').filter((l) => l.startsWith('| `'))).toHaveLength(builtInRules.length);
  });

  it('shows the error a malformed rule set gets', () => {
    const decoded = decodeRuleSet(JSON.parse(block('malformed')));
    expect(E.isLeft(decoded) && `${decoded.left.message}\n`).toBe(block('malformed-error'));
  });

  it('gives a rule set of one’s own that decodes and evaluates', () => {
    const decoded = decodeRuleSet(JSON.parse(block('example-rule-set')));
    if (E.isLeft(decoded)) throw new Error(decoded.left.message);
    const rules = decoded.right.rules;
    expect(rules.map((r) => r.id)).toEqual(['party-members-studied-90-percent']);

    const below = evaluateRules(party(1795), rules);
    expect(below.violations.map((v) => v.arithmetic.en)).toEqual(['100 × 1,795 = 179,500 < 180,000 = 90 × 2,000']);
    const message = below.violations[0]?.message.en ?? '';
    expect(message).toBe('At least 90% of party members studied (2009, org:district-a): 100 × 1,795 = 179,500 < 180,000 = 90 × 2,000, expected ≥');
    expect(doc()).toContain(message.slice(message.indexOf(': 100 ×')));

    const above = evaluateRules(party(1800), rules);
    expect([above.evaluated, above.violations.length]).toEqual([1, 0]);
  });
});
