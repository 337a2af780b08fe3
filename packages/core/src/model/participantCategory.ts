import * as t from 'io-ts';
import { oneOf } from './codecFailures';
import type { Labels } from './labels';

/**
 * Who took part (đối tượng tham gia). Categories overlap and reports mix them, so figures of
 * different categories are never added together; a report's own grouping ("cán bộ, đảng viên,
 * công chức, viên chức") is a category of its own.
 */
export const ParticipantCategory = oneOf(
  {
    'party-members': null,
    'cadres-civil-servants': null,
    'civil-servants': null,
    'non-party-civil-servants': null,
    'cadres-party-members-civil-servants': null,
    'key-cadres': null,
    teachers: null,
    public: null,
    'core-activists': null,
    'union-members-pupils': null,
    everyone: null,
  },
  'ParticipantCategory',
);
/** Who took part. */
export type ParticipantCategory = t.TypeOf<typeof ParticipantCategory>;

/** The report's words for each participant category. */
export const participantCategoryLabels: Labels<ParticipantCategory> = {
  'party-members': { vi: 'đảng viên', en: 'party members' },
  'cadres-civil-servants': { vi: 'cán bộ, công chức, viên chức', en: 'cadres and civil servants' },
  'civil-servants': { vi: 'công chức, viên chức', en: 'civil servants and public employees' },
  'non-party-civil-servants': { vi: 'công chức, viên chức là quần chúng', en: 'non-party civil servants' },
  'cadres-party-members-civil-servants': {
    vi: 'cán bộ, đảng viên, công chức, viên chức',
    en: 'cadres, party members and civil servants',
  },
  'key-cadres': { vi: 'cán bộ chủ chốt', en: 'key cadres' },
  teachers: { vi: 'cán bộ, giáo viên', en: 'teachers' },
  public: { vi: 'quần chúng nhân dân', en: 'the public' },
  'core-activists': { vi: 'quần chúng cốt cán', en: 'core non-party activists' },
  'union-members-pupils': { vi: 'đoàn viên, hội viên, học sinh', en: 'union members and pupils' },
  everyone: { vi: 'người tham gia (mọi đối tượng)', en: 'participants of every category' },
};

/**
 * Categories that are exactly the disjoint union of narrower ones, as data: each entry lists
 * partitions of its category. "Cán bộ, đảng viên, công chức, viên chức" are the party members
 * and the civil servants who are not party members ("công chức, viên chức là quần chúng"): no
 * one is in both, and together they are the whole. Categories that merely overlap (party members
 * and "cán bộ, công chức, viên chức") are never listed, so they are never added.
 */
export const participantCategoryPartitions: { readonly [C in ParticipantCategory]?: ReadonlyArray<ReadonlyArray<ParticipantCategory>> } = {
  'cadres-party-members-civil-servants': [['party-members', 'non-party-civil-servants']],
};
