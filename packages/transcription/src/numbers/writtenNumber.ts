// TEMPORARY STUB until the grammar lands
import * as E from 'fp-ts/lib/Either.js';
export interface WrittenNumber { readonly written: string; readonly value?: number; readonly qualifier?: 'more-than' | 'at-least' | 'nearly' | 'about' | 'hundreds-of' | 'thousands-of'; readonly numerator?: number; readonly denominator?: number; readonly percent?: { readonly scaled: number; readonly decimals: number }; readonly percentQualifier?: WrittenNumber['qualifier'] }
export const parseWrittenNumber = (text: string): E.Either<{ readonly message: string }, WrittenNumber> => {
  const t = text.trim();
  const int = (s: string) => Number(s.replace(/\./g, ''));
  let m = /^(?:(trên|hơn|gần|khoảng)\s+)?(\d{1,3}(?:\.\d{3})*)$/.exec(t);
  const q = (w?: string) => (w === undefined ? {} : { qualifier: w === 'trên' || w === 'hơn' ? 'more-than' as const : w === 'gần' ? 'nearly' as const : 'about' as const });
  if (m) return E.right({ written: t, value: int(m[2]!), ...q(m[1]) });
  m = /^(\d{1,3}(?:\.\d{3})*)\/(\d{1,3}(?:\.\d{3})*)(?:,? (?:đạt )?(\d+)(?:,(\d+))?%)?$/.exec(t);
  if (m) return E.right({ written: t, numerator: int(m[1]!), denominator: int(m[2]!), ...(m[3] ? { percent: { scaled: Number(m[3] + (m[4] ?? '')), decimals: (m[4] ?? '').length } } : {}) });
  m = /^(?:đạt\s+)?(?:(trên|gần)\s+)?(\d+)(?:,(\d+))?%$/.exec(t);
  if (m) return E.right({ written: t, percent: { scaled: Number(m[2] + (m[3] ?? '')), decimals: (m[3] ?? '').length }, ...(m[1] ? { percentQualifier: m[1] === 'trên' ? 'more-than' as const : 'nearly' as const } : {}) });
  return E.left({ message: `not a number: ${text}` });
};
