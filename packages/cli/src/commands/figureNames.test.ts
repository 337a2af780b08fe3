import type { CampaignReport } from '@campaign-ledger/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { muongTeReport } from '../../test/muongTeReport';
import { type NamedFigure, figureByName, foldedKeyOf, matchKeyOf, namedFigures, periodToken } from './figureNames';

let report: CampaignReport;
let figures: ReadonlyArray<NamedFigure>;
beforeAll(async () => {
  report = await muongTeReport();
  figures = namedFigures(report);
});

const rate2009 = () => figures.find((f) => f.names.en === '2009/participation-rate/party-members');

describe("the names of the report's figures", () => {
  it('names every row of the report, in report order, by its period and the parts of its label', () => {
    expect(figures).toHaveLength(report.groups.reduce((n, g) => n + g.sections.reduce((m, s) => m + s.rows.length, 0), 0));
    expect(rate2009()?.names.vi).toBe('2009/tỷ-lệ-tham-gia/đảng-viên');
    expect(rate2009()?.key).toEqual({ measure: 'participation-rate', period: 2009, category: 'party-members', organisationId: 'org:muong-te' });
    const names = figures.map((f) => f.names.en);
    expect(names).toContain('2010/classes');
    expect(names).toContain('campaign/steering-committees-formed');
    expect(names).toContain('2007-2010/materials-distributed-copies');
  });

  it('gives each figure names no other figure has, in either language', () => {
    for (const lang of ['vi', 'en'] as const) {
      const keys = figures.map((f) => matchKeyOf(f.names[lang]));
      expect(new Set(keys).size, lang).toBe(keys.length);
    }
  });

  it('writes the period as the report files it', () => {
    expect(report.groups.map((g) => periodToken(g.period))).toEqual(['campaign', '2007', '2008', '2009', '2010', '2007-2010']);
    expect(periodToken('unknown')).toBe('unknown');
  });
});

describe('finding a figure by its name', () => {
  it.each([
    ['its Vietnamese name', '2009/tỷ-lệ-tham-gia/đảng-viên'],
    ['its English name', '2009/participation-rate/party-members'],
    ['the words of its label, as the report prints them', '2009/Tỷ lệ tham gia, đảng viên'],
    ['its name in upper case', '2009/TỶ LỆ THAM GIA/ĐẢNG VIÊN'],
    ['its name without diacritics', '2009/ty-le-tham-gia/dang-vien'],
    ['its name in decomposed Unicode (NFD)', '2009/tỷ-lệ-tham-gia/đảng-viên'.normalize('NFD')],
  ])('by %s', (_how, name) => {
    const found = figureByName(figures, name, 'vi');
    expect(found).toEqual({ _tag: 'Found', figure: rate2009() });
  });

  it('by a name whose tone marks are placed the older way ("uỷ" for "ủy")', () => {
    const committee = figures.find((f) => f.names.vi === 'campaign/thành-viên-ban-chỉ-đạo/huyện-ủy');
    expect(committee).toBeDefined();
    expect(figureByName(figures, 'campaign/thành-viên-ban-chỉ-đạo/huyện-uỷ', 'vi')).toEqual({ _tag: 'Found', figure: committee });
  });

  it('offers the nearest names for an unknown one, those sharing its words first, in the language nearer to it', () => {
    expect(figureByName(figures, '2009/party-member-rate', 'vi')).toEqual({
      _tag: 'Unknown',
      nearest: [
        '2009/participation-rate/party-members',
        '2007/participation-rate/party-members',
        '2008/participation-rate/party-members',
        '2009/eligible/party-members',
        '2007/eligible/party-members',
      ],
    });
    const misspelt = figureByName(figures, '2009/ty-le-dang-vien', 'vi');
    expect(misspelt._tag === 'Unknown' && misspelt.nearest[0]).toBe('2009/tỷ-lệ-tham-gia/đảng-viên');
    const typo = figureByName(figures, '2010/clases', 'en');
    expect(typo._tag === 'Unknown' && typo.nearest[0]).toBe('2010/classes');
  });

  it('says a name is ambiguous when two figures share it', () => {
    const [first, second] = figures;
    if (first === undefined || second === undefined) throw new Error('the report has fewer than two figures');
    const twins = [first, { ...second, names: first.names }];
    expect(figureByName(twins, first.names.en, 'en')).toEqual({ _tag: 'Ambiguous', figures: twins });
  });

  it('keys a name by its words, whatever separates them, and folds diacritics for the nearest names', () => {
    expect(matchKeyOf('2009/Tỷ lệ tham gia,  đảng viên')).toBe('2009-tỷ-lệ-tham-gia-đảng-viên');
    expect(foldedKeyOf('2009/Tỷ lệ tham gia, Đảng viên')).toBe('2009-ty-le-tham-gia-dang-vien');
  });
});
