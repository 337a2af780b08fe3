import { type ValidationRule, builtInRules, decodeRuleSet } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { type CliFailure, EXIT } from '../cliContext';
import { readJsonFile } from './readJsonFile';

const WHAT = 'a rule set, { "rules": [ ... ] } (see docs/audit.md, "Write a rule")';

/**
 * The rules an audit evaluates: the built-in ones, and those of each `--rules` file. A file that
 * is not a rule set is one failure naming each problem's path; a rule whose id another rule
 * already has is refused, since a finding names its rule by id.
 */
export const readRuleSets = (cwd: string, paths: ReadonlyArray<string>): E.Either<CliFailure, ReadonlyArray<ValidationRule>> => {
  const rules: ValidationRule[] = [...builtInRules];
  for (const path of paths) {
    const json = readJsonFile(cwd, path, WHAT);
    if (E.isLeft(json)) return json;
    const decoded = decodeRuleSet(json.right);
    if (E.isLeft(decoded)) {
      const problems = decoded.left.problems.map((p) => `${p.path}: expected ${p.expected}, got ${p.actual}`);
      return E.left({ exitCode: EXIT.badInput, message: `${path}: not a rule set: ${problems.join('; ')}` });
    }
    for (const rule of decoded.right.rules) {
      if (rules.some((r) => r.id === rule.id)) {
        const built = builtInRules.some((r) => r.id === rule.id);
        return E.left({ exitCode: EXIT.badInput, message: `${path}: the rule id ${rule.id} is taken by ${built ? 'a built-in rule' : 'a rule of an earlier --rules file'}; give the rule another id` });
      }
      rules.push(rule);
    }
  }
  return E.right(rules);
};
