import { describe, expect, it } from 'vitest';
import { figureKey } from '../model/figureKey';
import { initialVocabulary } from '../model/initialVocabulary';
import { termLabel, withTerm } from '../model/vocabulary';
import { figureDimensions, figureLabel, type NameLookup } from './figureLabel';

// Labels name every dimension a key fixes, in the words of the history's vocabulary.

const vocabulary = withTerm(initialVocabulary, { kind: 'deciding-body', termId: 'prime-minister', label: { vi: 'Thủ tướng Chính phủ', en: 'the Prime Minister' } }, false);
const names: NameLookup = {
  organisation: (id) => (id === 'org:huyen-doan' ? 'Huyện đoàn' : undefined),
  contest: () => undefined,
  topic: () => undefined,
  term: (kind, termId) => termLabel(vocabulary, kind, termId),
};

const both = (input: Parameters<typeof figureKey>[0]) => [figureLabel(figureKey(input), 'vi', names), figureLabel(figureKey(input), 'en', names)];

describe('figureLabel', () => {
  it('names a deciding body and an instrument of awards', () => {
    expect(both({ measure: 'awards', period: 2012, stage: 'decided', recipientKind: 'individual', decidingBody: 'prime-minister', instrument: 'merit-diploma' })).toEqual([
      'Biểu dương, khen thưởng, quyết định, cá nhân, Thủ tướng Chính phủ, bằng khen',
      'Awards, decided, individuals, the Prime Minister, merit diploma',
    ]);
  });

  it('names the count unit and the bloc of a rate', () => {
    expect(both({ measure: 'participation-rate', period: 2012, category: 'party-members', countUnit: 'attendance', bloc: 'rural' })).toEqual([
      'Tỷ lệ tham gia, đảng viên (lượt người), khối nông thôn',
      'Participation rate, party members (attendances), rural (communes)',
    ]);
  });

  it('names the activity and the kind of a share of organisations, the kind of commitments, a contest kind and organiser', () => {
    expect(both({ measure: 'acting-organisations', period: 2012, activity: 'made-plan', kind: 'party-cell' })[0]).toBe(
      'Tổ chức đã thực hiện, xây dựng kế hoạch, chi bộ trực thuộc',
    );
    expect(both({ measure: 'commitments', period: 2012, kind: 'reflection' })[1]).toBe('Pledges and reflections, written reflection');
    expect(both({ measure: 'contest-entries', period: 2012, contestKind: 'storytelling', organiserId: 'org:huyen-doan' })[0]).toBe(
      'Bài dự thi, hội thi kể chuyện, Huyện đoàn',
    );
  });

  it('reads a term the vocabulary does not define as its id', () => {
    expect(both({ measure: 'awards', period: 2012, decidingBody: 'president' })[1]).toBe('Awards, president');
  });
});

describe('figureDimensions', () => {
  it('gives each dimension a key fixes, in the order of its label, with its words in both languages', () => {
    const dimensions = figureDimensions(figureKey({ measure: 'participants', period: 2012, category: 'party-members', countUnit: 'attendance', bloc: 'rural' }), names);
    expect(dimensions.map((d) => [d.name, d.value, d.label.vi, d.label.en])).toEqual([
      ['category', 'party-members', 'đảng viên', 'party members'],
      ['countUnit', 'attendance', 'lượt người', 'attendances'],
      ['bloc', 'rural', 'khối nông thôn', 'rural (communes)'],
    ]);
  });

  it("names awards' stage, kind, recipients and deciding body, and an organiser by its name, leaving out measure and period", () => {
    const awards = figureDimensions(
      figureKey({ measure: 'awards', period: 2012, stage: 'decided', recipientKind: 'individual', decidingBody: 'prime-minister' }),
      names,
    );
    expect(awards.map((d) => d.name)).toEqual(['stage', 'recipientKind', 'decidingBody']);
    expect(awards[2]?.label.en).toBe('the Prime Minister');
    const organiser = figureDimensions(figureKey({ measure: 'contest-entries', period: 2012, organiserId: 'org:huyen-doan' }), names);
    expect(organiser).toEqual([{ name: 'organiserId', value: 'org:huyen-doan', label: { vi: 'Huyện đoàn', en: 'Huyện đoàn' } }]);
  });
});
