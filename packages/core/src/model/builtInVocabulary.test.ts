import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { given } from '@campaign-ledger/testing';
import { launched } from '../../test/campaignFixtures';
import { campaignDecider } from '../decider/campaignDecider';
import type { CampaignState } from '../decider/campaignState';
import { TermDefinedData } from '../events/termDefined';
import { normalizeText } from '../text/normalizeText';
import { builtInVocabulary } from './builtInVocabulary';
import { initialVocabulary } from './initialVocabulary';
import { emptyVocabulary, relationIn, termIdsOf, termLabel } from './vocabulary';
import { termKinds } from './termKind';

// Every term id the stored events of the seed history and of earlier releases use: a built-in
// term is never renamed or dropped, or those events would stop deciding the same way.
const EARLIER_IDS = {
  'participant-category': [
    'party-members',
    'cadres-civil-servants',
    'civil-servants',
    'non-party-civil-servants',
    'cadres-party-members-civil-servants',
    'key-cadres',
    'teachers',
    'public',
    'core-activists',
    'union-members-pupils',
    'everyone',
  ],
  'count-unit': ['person', 'attendance'],
  'organisation-kind': [
    'province-committee',
    'district-committee',
    'standing-committee',
    'steering-committee',
    'commission',
    'grassroots-party-committee',
    'party-cell',
    'government-office',
    'mass-organisation',
    'other',
  ],
  bloc: ['agencies', 'rural', 'armed-forces', 'enterprises'],
  'residential-area-kind': ['hamlet', 'quarter'],
  'document-kind': ['directive', 'conclusion', 'circular', 'guidance', 'plan', 'decision', 'resolution', 'report', 'article', 'other'],
  'commitment-kind': ['pledge', 'reflection'],
  'contest-kind': ['storytelling', 'writing'],
  'prize-grade': ['first', 'second', 'third', 'consolation', 'oldest-entrant', 'youngest-entrant', 'collective', 'special'],
  'contest-rating': ['excellent', 'good'],
  'award-stage': ['proposed-by-unit', 'decided-by-district', 'proposed-to-province', 'decided-by-province'],
  'award-kind': ['reward', 'commendation', 'reward-or-commendation', 'honour'],
  'award-instrument': ['certificate-of-merit', 'merit-diploma', 'emulation-flag'],
} as const;

describe('the built-in vocabulary', () => {
  it('keeps every earlier term id, first in its kind and in its earlier order', () => {
    for (const [kind, ids] of Object.entries(EARLIER_IDS)) {
      expect(termIdsOf(initialVocabulary, kind as keyof typeof EARLIER_IDS).slice(0, ids.length), kind).toEqual(ids);
    }
  });

  it('has terms of every kind, each decoded by the codec of TermDefined, with normalised words', () => {
    expect(new Set(builtInVocabulary.map((t) => t.kind))).toEqual(new Set(termKinds));
    for (const definition of builtInVocabulary) {
      expect(E.isRight(TermDefinedData.decode(definition)), `${definition.kind}/${definition.termId}`).toBe(true);
      expect(normalizeText(definition.label.vi)).toBe(definition.label.vi);
      expect(normalizeText(definition.label.en)).toBe(definition.label.en);
    }
  });

  it('is what a history gets by defining its terms one by one: every relation passes the rules of DefineTerm', () => {
    const empty: CampaignState = { ...given(campaignDecider, [launched]).state, vocabulary: emptyVocabulary };
    const state = builtInVocabulary.reduce((s, definition) => {
      const data = TermDefinedData.decode(definition);
      if (E.isLeft(data)) throw new TypeError(`${definition.termId} does not decode`);
      const decided = campaignDecider.decide({ type: 'DefineTerm', data: data.right }, s);
      if (E.isLeft(decided)) return expect.unreachable(`${definition.kind}/${definition.termId}: ${JSON.stringify(decided.left)}`);
      return decided.right.reduce(campaignDecider.evolve, s);
    }, empty);
    for (const kind of termKinds) {
      expect(termIdsOf(state.vocabulary, kind)).toEqual(termIdsOf(initialVocabulary, kind));
      for (const id of termIdsOf(initialVocabulary, kind)) expect(termLabel(state.vocabulary, kind, id)).toEqual(termLabel(initialVocabulary, kind, id));
    }
  });

  it('relates the participant categories as the seed reads them', () => {
    const rel = (a: string, b: string) => relationIn(initialVocabulary, 'participant-category', a, b);
    expect(rel('party-members', 'cadres-party-members-civil-servants')).toBe('narrower');
    expect(rel('teachers', 'cadres-party-members-civil-servants')).toBe('narrower');
    expect(rel('everyone', 'teachers')).toBe('broader');
    expect(rel('party-members', 'non-party-civil-servants')).toBe('disjoint');
    expect(rel('core-activists', 'party-members')).toBe('disjoint');
    expect(rel('party-members', 'cadres-civil-servants')).toBe('overlaps');
  });

  it('relates other kinds where the domain says so: generic stages, rewards and commendations, grassroots organisations', () => {
    expect(relationIn(initialVocabulary, 'award-stage', 'decided-by-district', 'decided')).toBe('narrower');
    expect(relationIn(initialVocabulary, 'award-stage', 'proposed-to-province', 'decided')).toBe('overlaps');
    expect(relationIn(initialVocabulary, 'award-kind', 'reward', 'commendation')).toBe('disjoint');
    expect(relationIn(initialVocabulary, 'award-kind', 'commendation', 'reward-or-commendation')).toBe('narrower');
    expect(relationIn(initialVocabulary, 'organisation-kind', 'party-cell', 'grassroots-party-committee')).toBe('disjoint');
  });
});
