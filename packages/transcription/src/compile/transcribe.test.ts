import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { Transcription } from '../format/transcriptionCodec';
import { pathText } from './problem';
import { transcribe } from './transcribe';

const base = {
  transcription: '1',
  document: { id: 'doc', campaign: 'c', title: 'Báo cáo', scope: 'org:district' },
};

const compile = (sentences: ReadonlyArray<unknown>) => {
  const decoded = Transcription.decode({ ...base, sentences });
  if (E.isLeft(decoded)) throw new Error('not a transcription');
  return transcribe(decoded.right);
};

const commands = (sentences: ReadonlyArray<unknown>) => {
  const compiled = compile(sentences);
  if (E.isLeft(compiled)) throw new Error(compiled.left.map((p) => `${pathText(p.path)}: ${p.message}`).join('\n'));
  return compiled.right.entries.map((e) => e.command);
};

const problems = (sentences: ReadonlyArray<unknown>) => {
  const compiled = compile(sentences);
  return E.isLeft(compiled) ? compiled.left.map((p) => `${pathText(p.path)}: ${p.message}`) : [];
};

describe('facts', () => {
  it('take the sentence year, the document scope and a derived fact id when they give none, and read numbers as written', () => {
    const [command] = commands([{ at: '3.2', quote: 'q', year: '2009', facts: [{ ReportClasses: { count: '05' } }] }]);
    expect(command).toEqual({
      type: 'ReportClasses',
      data: { count: 5, period: 2009, organisationId: 'org:district', factId: 'doc:fact:3.2/1', provenance: { recordedBy: 'transcription:doc', source: { document: 'Báo cáo', quote: 'q', locator: '3.2' } } },
    });
  });

  it('read year, organisation and unit as the fields they stand for, and put a qualifier in the field that holds it', () => {
    const [participation, outreach] = commands([
      {
        quote: 'q',
        facts: [
          { ReportParticipation: { factId: 'p', year: '2007-2010', organisation: 'org:commune', category: 'party-members', unit: 'đồng chí', count: 'trên 1.000' } },
          { ReportOutreach: { factId: 'o', year: 'unknown', attendances: 'hơn 12.360' } },
        ],
      },
    ]);
    expect(participation?.data).toMatchObject({ period: { from: 2007, to: 2010 }, organisationId: 'org:commune', countUnit: 'person', count: 1000, qualifier: 'more-than' });
    expect(outreach?.data).toMatchObject({ period: 'unknown', attendances: 12360, attendancesQualifier: 'more-than' });
  });

  it('refuse a qualifier a command cannot hold, a command that is not a fact, and an unknown field, at their paths', () => {
    expect(
      problems([
        {
          quote: 'q',
          year: '2009',
          facts: [
            { ReportClasses: { factId: 'a', count: 'trên 28' } },
            { ReportFigure: { figureId: 'f' } },
            { ReportClass: { factId: 'b', count: '1' } },
            { ReportClasses: { factId: 'c', count: '1', organizerLevel: 'unit' } },
            { ReportClasses: { factId: 'd', count: '1' }, ReportOutreach: {} },
          ],
        },
      ]),
    ).toEqual([
      'sentences[0].facts[0].ReportClasses.count: count cannot hold a qualifier ("trên 28"): write the number alone, and the qualifier in the quote',
      'sentences[0].facts[1].ReportFigure: ReportFigure is not a command a fact can name: a stated figure is written under states; known: ReportClasses, ReportOutreach, RecordDocument, DefineTerm, DeclarePhase',
      'sentences[0].facts[2].ReportClass: ReportClass is not a command a fact can name; known: ReportClasses, HoldClass, ReportOutreach, DeclarePhase, RecordDocument',
      'sentences[0].facts[3].ReportClasses.organizerLevel: expected a known field (nearest first: organiserLevel, organiserId, organisationId, provenance, audience, period, …), got "unit"',
      expect.stringMatching(/^sentences\[0\]\.facts\[4\]: a fact names exactly one command/),
    ]);
  });
});

describe('statements', () => {
  it('read the number, the unit and the dimensions into a stated figure', () => {
    const [statement] = commands([
      { at: '12.2', quote: 'q', year: '2009', states: [{ figure: 'participation-rate', id: 'rate', number: '2.181/2.321, đạt 94,2%', unit: 'người', category: 'party-members' }] },
    ]);
    expect(statement?.data).toMatchObject({
      figureId: 'rate',
      figure: { measure: 'participation-rate', period: 2009, organisationId: 'org:district', category: 'party-members' },
      numerator: 2181,
      denominator: 2321,
      percent: { scaled: 942, decimals: 1 },
      countUnit: 'person',
    });
  });

  it('give participants the unit in their key, and read a count beside a rate percentage as its numerator', () => {
    const [participants, rate] = commands([
      {
        quote: 'q',
        year: '2008',
        states: [
          { figure: 'participants', number: 'trên 12.360', unit: 'lượt', category: 'public' },
          { figure: 'participation-rate', number: '1.917, đạt 91%', unit: 'người', category: 'party-members' },
        ],
      },
    ]);
    expect(participants?.data).toMatchObject({ figureId: 'doc:figure:s1/1', figure: { countUnit: 'attendance' }, value: 12360, qualifier: 'more-than' });
    expect(rate?.data).toMatchObject({ numerator: 1917, percent: { scaled: 91, decimals: 0 } });
    expect(rate?.data).not.toHaveProperty('value');
  });

  it('leave the organisation out for organisation: all, and refuse a year or an organisation the figure does not take', () => {
    const [awards] = commands([{ quote: 'q', year: '2009', states: [{ figure: 'awards', number: '12', organisation: 'all', stage: 'decided' }] }]);
    expect(awards?.data).toMatchObject({ figure: { measure: 'awards', period: 2009, stage: 'decided' } });
    expect(problems([{ quote: 'q', states: [{ figure: 'steering-committees', number: '1', year: '2009' }, { figure: 'awards', number: '1', organisation: 'org:x', year: '2009' }] }])).toEqual([
      expect.stringMatching(/^sentences\[0\]\.states\[0\]\.year: the figure steering-committees has no year/),
      expect.stringMatching(/^sentences\[0\]\.states\[1\]\.organisation: the figure awards is not taken over an organisation/),
    ]);
  });

  it('name an unknown measure, a malformed number and a misspelt dimension at their paths', () => {
    expect(
      problems([
        {
          quote: 'q',
          year: '2009',
          states: [
            { figure: 'participant', number: '1' },
            { figure: 'classes', number: '12.36' },
            { figure: 'classes', number: '1', organizerLevel: 'unit' },
          ],
        },
      ]),
    ).toEqual([
      'sentences[0].states[0].figure: unknown measure "participant"; known: participants, participation-rate, materials, prizes, ratings',
      expect.stringMatching(/^sentences\[0\]\.states\[1\]\.number: "12\.36" at offset 2/),
      expect.stringMatching(/^sentences\[0\]\.states\[2\]\.organizerLevel: expected a known field \(nearest first: organiserLevel/),
    ]);
  });
});

describe('the whole file', () => {
  it('needs a quote or a source for every sentence, and reports every problem at once', () => {
    expect(problems([{ year: '2009', facts: [{ ReportClasses: { count: 'x' } }] }])).toEqual([
      'sentences[0]: a sentence needs its quote (and its place, at), or the source it cites',
      expect.stringMatching(/^sentences\[0\]\.facts\[0\]\.ReportClasses\.count: /),
    ]);
  });
});

describe('derived ids', () => {
  it('tell apart the entries of clauses quoted apart at one place', () => {
    const ids = commands([
      { at: '9.2', quote: 'Ban Chỉ đạo đã tổ chức 1 lớp;', year: '2009', facts: [{ ReportClasses: { count: '1' } }], states: [{ figure: 'classes', number: '1' }] },
      { at: '9.2', quote: 'các chi bộ tổ chức 28 lớp.', year: '2009', facts: [{ ReportClasses: { count: '28' } }], states: [{ figure: 'classes', number: '28' }] },
    ]).map((c) => ('factId' in c.data ? c.data.factId : 'figureId' in c.data ? c.data.figureId : ''));
    expect(ids).toEqual(['doc:fact:9.2/1', 'doc:fact:9.2:2/1', 'doc:figure:9.2/1', 'doc:figure:9.2:2/1']);
  });
});
