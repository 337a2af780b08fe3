import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { CampaignCommand } from '../commands/campaignCommand';
import { decodeWith, type InvalidInput } from './invalidInput';

// Commands arrive as JSON from the command line or a file; these are shaped as such input is.
const provenance = { recordedBy: 'seed importer', source: { document: 'Đảng bộ Mường Tè học và làm theo Bác' } };
const attendance = {
  type: 'RecordAttendance',
  data: { classId: 'class:2007/district', category: 'party-members', countUnit: 'person', count: 1795, provenance },
};
const holdClass = {
  type: 'HoldClass',
  data: {
    classId: 'class:2007/district',
    year: 2007,
    organiserId: 'org:muong-te/ban-chi-dao',
    organiserLevel: 'district',
    startsOn: '2007-03-05',
    provenance,
  },
};

const decodeCommand = decodeWith(CampaignCommand, 'command');

const attendanceWith = (data: Record<string, unknown>) => ({ ...attendance, data: { ...attendance.data, ...data } });

const refused = (input: unknown): InvalidInput => {
  const result = decodeCommand(input);
  if (E.isRight(result)) return expect.unreachable(`expected InvalidInput, decoded ${JSON.stringify(result.right)}`);
  expect(result.left._tag).toBe('InvalidInput');
  expect(result.left.subject).toBe('command');
  return result.left;
};

describe('decoding a command', () => {
  it('accepts a well-formed command', () => {
    expect(decodeCommand(attendance)).toStrictEqual(E.right(attendance));
  });

  it('refuses a field the catalog does not name, at its own path, offering the nearest known fields first', () => {
    const error = refused(attendanceWith({ contUnit: 'person' }));
    expect(error.problems).toStrictEqual([
      { path: 'data.contUnit', expected: 'a known field (nearest first: countUnit, count, classId, category, provenance)', actual: '"person"' },
    ]);
  });

  it('refuses a misspelt optional field with what the other fields get wrong, never dropping it', () => {
    const error = refused({ ...holdClass, data: { ...holdClass.data, organizerLevel: 'district', organiserLevel: 'units' } });
    expect(error.problems.map((p) => p.path)).toEqual(['data.organizerLevel', 'data.organiserLevel']);
    expect(error.problems[0]?.expected).toMatch(/^a known field \(nearest first: organiserLevel, /);
    expect(error.problems[1]).toStrictEqual({ path: 'data.organiserLevel', expected: 'OrganiserLevel, one of unit, province, district', actual: '"units"' });
  });

  it.each([
    ['a missing field', attendanceWith({ count: undefined }), 'data.count', 'Count', 'nothing (the field is missing)'],
    ['a missing nested field', attendanceWith({ provenance: { recordedBy: 'x', source: {} } }), 'data.provenance.source.document', 'NonEmptyText', 'nothing (the field is missing)'],
    ['a wrong type', attendanceWith({ classId: 42 }), 'data.classId', 'Id', '42'],
    // Whether a term is defined is the decider's question (UnknownTerm); decoding checks its form.
    ['a category not written as a term id', attendanceWith({ category: 'Đảng viên' }), 'data.category', 'ParticipantCategory, a term id (a-z, 0-9, . _ : / -)', '"Đảng viên"'],
    ['a count unit not written as a term id', attendanceWith({ countUnit: 'lượt' }), 'data.countUnit', 'CountUnit, a term id (a-z, 0-9, . _ : / -)', '"lượt"'],
    ['a negative count', attendanceWith({ count: -3 }), 'data.count', 'Count', '-3'],
    ['a fractional count', attendanceWith({ count: 2.5 }), 'data.count', 'Count', '2.5'],
    ['a string where a number belongs', attendanceWith({ count: '1.795' }), 'data.count', 'Count', '"1.795"'],
    ['an impossible date', { ...holdClass, data: { ...holdClass.data, startsOn: '2007-02-30' } }, 'data.startsOn', 'IsoDate', '"2007-02-30"'],
    ['a date in the report’s order', { ...holdClass, data: { ...holdClass.data, startsOn: '05-03-2007' } }, 'data.startsOn', 'IsoDate', '"05-03-2007"'],
    ['a year out of range', { ...holdClass, data: { ...holdClass.data, year: 207 } }, 'data.year', 'Year', '207'],
    ['an unknown command type', { ...attendance, type: 'HoldClas' }, 'type', 'a type of CampaignCommand, one of HoldClass, ReportClasses, CorrectFact, DeclarePhase, AwardPrizes, GrantAward, …', '"HoldClas"'],
  ] as ReadonlyArray<readonly [string, unknown, string, string, string]>)('refuses %s, naming its path and what was expected', (_what, input, path, expected, actual) => {
    const error = refused(input);
    expect(error.problems).toStrictEqual([{ path, expected, actual }]);
    expect(error.message).toContain(`${path}: expected ${expected}, got ${actual}`);
  });

  it('names the index of a bad item in a list', () => {
    const error = refused({
      type: 'ConductInspection',
      data: {
        inspectionId: 'inspection:2010',
        period: 2010,
        inspectorId: 'org:muong-te/ban-chi-dao',
        subjectIds: ['org:muong-te/bum-to', 'Đảng bộ xã Bum Tở'],
        provenance,
      },
    });
    expect(error.problems).toStrictEqual([{ path: 'data.subjectIds.1', expected: 'Id', actual: '"Đảng bộ xã Bum Tở"' }]);
  });

  it('lists every problem of a command, one line each', () => {
    const error = refused(attendanceWith({ count: -1, category: 'Monks' }));
    expect(error.problems.map((p) => p.path).sort()).toEqual(['data.category', 'data.count']);
    expect(error.message.split('\n')).toHaveLength(3);
  });
});
