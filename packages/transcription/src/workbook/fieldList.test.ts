import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { formatFieldList, parseFieldList } from './fieldList';

describe('a cell of name=value pairs', () => {
  it('reads pairs separated by semicolons or line breaks, each value after its first =', () => {
    expect(parseFieldList('factId=fact:2009/classes; count=28 ;\norganiserLevel=unit;; note=a=b')).toEqual(
      E.right([
        { name: 'factId', value: 'fact:2009/classes' },
        { name: 'count', value: '28' },
        { name: 'organiserLevel', value: 'unit' },
        { name: 'note', value: 'a=b' },
      ]),
    );
  });

  it('keeps double quotes inside a value, and reads a quoted pair whole', () => {
    expect(parseFieldList('title=Đẩy mạnh Cuộc vận động "Học tập và làm theo"; "title=A; B ""C"""')).toEqual(
      E.right([
        { name: 'title', value: 'Đẩy mạnh Cuộc vận động "Học tập và làm theo"' },
        { name: 'title', value: 'A; B "C"' },
      ]),
    );
  });

  it('refuses a pair with no name or no value, saying how to write one', () => {
    expect(parseFieldList('count=28; Tài liệu; cuốn Làm theo lời Bác')).toEqual(E.left(expect.stringContaining('"Tài liệu"')));
    expect(parseFieldList('count=')).toEqual(E.left('count has no value (write count=... or leave it out)'));
  });

  it('writes pairs it reads back as they were, semicolons, quotes and line breaks included', () => {
    const pairs = [
      { name: 'title', value: 'Tài liệu học tập; cuốn "Làm theo lời Bác"' },
      { name: 'works', value: 'Nâng cao đạo đức cách mạng, quét sạch chủ nghĩa cá nhân' },
      { name: 'findings', value: 'dòng một\ndòng hai' },
      { name: 'quoted', value: 'Đẩy mạnh "Học tập"' },
    ];
    const written = formatFieldList(pairs);
    expect(written).toBe(
      '"title=Tài liệu học tập; cuốn ""Làm theo lời Bác"""; works=Nâng cao đạo đức cách mạng, quét sạch chủ nghĩa cá nhân; "findings=dòng một\ndòng hai"; quoted=Đẩy mạnh "Học tập"',
    );
    expect(parseFieldList(written)).toEqual(E.right(pairs));
  });
});
