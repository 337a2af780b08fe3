import { describe, expect, it } from 'vitest';
import { Transcription } from '../format/transcriptionCodec';
import { quotePlaces, sentencesOfParagraph } from './quotePlaces';

describe('sentences of a paragraph', () => {
  it('end before a capital, a digit or a quote, and at a full stop or an ellipsis glued to the next one, but not inside an abbreviation', () => {
    expect(sentencesOfParagraph('Một câu. Hai câu? “Ba” câu… 4 lớp đã học.Năm câu, …Sáu câu theo 03-CT/T.Ư đây.')).toEqual([
      'Một câu.',
      'Hai câu?',
      '“Ba” câu…',
      '4 lớp đã học.',
      'Năm câu, …',
      'Sáu câu theo 03-CT/T.Ư đây.',
    ]);
  });
});

describe('the places of the quotes', () => {
  const transcription = Transcription.decode({
    transcription: '1',
    document: { id: 'd', campaign: 'c', title: 't', scope: 'o' },
    organisations: [{ id: 'o', name: 'Huyện uỷ', kind: 'district-committee', quote: 'Huyện uỷ\u00a0họp', at: '1.2' }],
    sentences: [{ at: '2', quote: 'Cả đoạn.' }, { source: 'Chỉ thị' }, { at: '3.1', quote: 'Không có.' }],
  });
  if (transcription._tag === 'Left') throw new Error('not a transcription');

  it('give each placed quote beside the text its place names, folded', () => {
    expect(quotePlaces(transcription.right, ['Mở đầu. Huyện uỷ họp bàn.', 'Cả   đoạn.'])).toEqual([
      { path: ['organisations', 0], at: { paragraph: 1, sentence: 2 }, quote: 'Huyện uỷ họp', text: 'Huyện uỷ họp bàn.' },
      { path: ['sentences', 0], at: { paragraph: 2, sentence: 0 }, quote: 'Cả đoạn.', text: 'Cả đoạn.' },
      { path: ['sentences', 2], at: { paragraph: 3, sentence: 1 }, quote: 'Không có.', text: undefined },
    ]);
  });
});
