import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { DomainError } from '../errors/domainError';
import { initialCampaignState } from './campaignState';
import { decideByRules, type RecordingRules, type Rule } from './recordingRules';

interface Data {
  readonly name: string;
}

// A rule that always breaks, naming itself in the error's field so the test can see which one answered.
const broken = (field: string): Rule<Data> => () => ({ _tag: 'InvalidPeriod', field, from: 2010, to: 2007 });
const holds: Rule<Data> = () => undefined;
const state = initialCampaignState();
const upperCased = (d: Data): Data => ({ name: d.name.toUpperCase() });
const fieldOf = (result: E.Either<DomainError, Data>): string | undefined =>
  E.isLeft(result) && 'field' in result.left ? result.left.field : undefined;

describe('decideByRules', () => {
  it('records the data as `record` makes it when every rule holds', () => {
    const rules: RecordingRules<Data> = { identity: holds, wellFormed: [holds], references: [holds], dates: [holds], record: upperCased };
    expect(decideByRules(rules, { name: 'lớp' }, state)).toEqual(E.right({ name: 'LỚP' }));
  });

  it('answers with the first rule broken: identity, then well-formedness, references and dates, each list in order', () => {
    const all: RecordingRules<Data> = {
      identity: broken('identity'),
      wellFormed: [holds, broken('wellFormed.1'), broken('wellFormed.2')],
      references: [broken('references.0')],
      dates: [broken('dates.0')],
      record: upperCased,
    };
    const data = { name: 'x' };
    expect(fieldOf(decideByRules(all, data, state))).toBe('identity');
    expect(fieldOf(decideByRules({ ...all, identity: holds }, data, state))).toBe('wellFormed.1');
    expect(fieldOf(decideByRules({ ...all, identity: null, wellFormed: [] }, data, state))).toBe('references.0');
    expect(fieldOf(decideByRules({ ...all, identity: null, wellFormed: [], references: [holds] }, data, state))).toBe('dates.0');
  });

  it('checks no identity when a fact has none, and takes missing lists as empty', () => {
    expect(decideByRules({ identity: null, record: upperCased }, { name: 'a' }, state)).toEqual(E.right({ name: 'A' }));
  });
});
