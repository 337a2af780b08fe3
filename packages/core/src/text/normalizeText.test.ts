import { describe, expect, it } from 'vitest';
import { identityKey, normalizeText } from './normalizeText';

describe('normalizeText', () => {
  it.each([
    ['Huyện uỷ', 'Huyện ủy'],
    ['Ban Tuyên giáo Tỉnh uỷ', 'Ban Tuyên giáo Tỉnh ủy'],
    ['Phòng Văn hoá và Thông tin', 'Phòng Văn hóa và Thông tin'],
    ['thuỷ điện Sơn La', 'thủy điện Sơn La'],
    ['khoẻ', 'khỏe'],
    ['tuỳ', 'tùy'],
  ])('maps the tone placement of %s onto %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('leaves syllables that continue after the glide alone', () => {
    expect(normalizeText('hoàn thành')).toBe('hoàn thành');
    expect(normalizeText('khuyến khích')).toBe('khuyến khích');
  });

  it('leaves qu + y alone, where u belongs to the consonant', () => {
    expect(normalizeText('quý')).toBe('quý');
    expect(normalizeText('quỷ')).toBe('quỷ');
  });

  it('composes decomposed input to NFC', () => {
    const decomposed = 'Huyện ủy'.normalize('NFD');
    expect(decomposed).not.toBe('Huyện ủy');
    expect(normalizeText(decomposed)).toBe('Huyện ủy');
  });

  it('folds non-breaking and repeated spaces and trims', () => {
    expect(normalizeText(' Cuộc\u00a0 vận  động ')).toBe('Cuộc vận động');
  });

  it('folds spaces in plain ASCII text too, which otherwise comes back as it is', () => {
    expect(normalizeText('Party cell A')).toBe('Party cell A');
    expect(normalizeText(' Party  cell\tA ')).toBe('Party cell A');
    expect(normalizeText('cell\u00a0A')).toBe('cell A');
  });

  it('answers a name the same the first time and again, past the number of names it keeps', () => {
    const names = Array.from({ length: 5_000 }, (_, i) => `Chi bộ bản Huổi ${i} thuộc Huyện uỷ`);
    const first = names.map(normalizeText);
    expect(first.every((name, i) => name === `Chi bộ bản Huổi ${i} thuộc Huyện ủy`)).toBe(true);
    expect(names.map(normalizeText)).toEqual(first);
    expect(normalizeText(names[0] as string)).toBe(first[0]);
  });

  it('gives both placements and both cases one identity key', () => {
    expect(identityKey('HUYỆN UỶ Mường Tè')).toBe(identityKey('Huyện ủy Mường Tè'));
    expect(identityKey('Huyện ủy')).not.toBe(identityKey('Huyện đoàn'));
  });
});
