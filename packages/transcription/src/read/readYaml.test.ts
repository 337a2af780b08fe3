import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { SMALL_REPORT } from '../../test/smallReport';
import { describeTranscriptionError } from '../transcriptionError';
import { readTranscriptionYaml } from './readYaml';

const errorOf = (text: string): string => {
  const read = readTranscriptionYaml('small.report.yaml', text);
  return E.isLeft(read) ? describeTranscriptionError(read.left) : 'read';
};

describe('reading a YAML transcription', () => {
  it('keeps every scalar as the text typed: 3.573 stays "3.573", 2009 "2009"', () => {
    const read = readTranscriptionYaml('x.yaml', SMALL_REPORT.replace('count: "1.854"', 'count: 1.854'));
    if (E.isLeft(read)) throw new Error(describeTranscriptionError(read.left));
    const facts = read.right.transcription.sentences[0]?.facts ?? [];
    expect(facts[1]?.['ReportParticipation']?.['count']).toBe('1.854');
    expect(read.right.transcription.sentences[0]?.year).toBe('2009');
  });

  it('names a YAML syntax error at its line and column', () => {
    expect(errorOf(SMALL_REPORT.replace('  campaign: muong-te-excerpt', '  campaign: [muong-te-excerpt'))).toMatch(/^small\.report\.yaml:[45]:\d+: Flow sequence/);
  });

  it('names a key written twice', () => {
    expect(errorOf(SMALL_REPORT.replace('  scope: org:muong-te', '  scope: org:muong-te\n  scope: org:lai-chau'))).toMatch(/^small\.report\.yaml:8:3: Map keys must be unique/);
  });

  it('names an unknown field with the known ones nearest first, and a missing one, each at its line', () => {
    expect(errorOf(SMALL_REPORT.replace('  title: Đảng', '  titel: Đảng')).split('\n')).toEqual([
      'small.report.yaml:5:10: document.titel: expected a known field of document (nearest first: title, date, level, id, url, scope, publisher, campaign, recordedBy), got "Đảng bộ Mường Tè học và làm theo Bác (trích)"',
      'small.report.yaml:3:3: document.title: expected Text, got nothing (the field is missing)',
    ]);
  });

  it('names a malformed place and an unknown format version', () => {
    expect(errorOf(SMALL_REPORT.replace('at: 9.3', 'at: 9,3'))).toMatch(/^small\.report\.yaml:35:9: sentences\[1\]\.at: expected a place/);
    expect(errorOf(SMALL_REPORT.replace('transcription: 1', 'transcription: 2'))).toMatch(/^small\.report\.yaml:1:16: transcription: expected the format version 1, got "2"/);
  });
});
