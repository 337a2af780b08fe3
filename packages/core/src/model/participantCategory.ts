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
 * How the participant categories stand to each other, as data: which category is narrower than
 * which (every party member in "cán bộ, đảng viên, công chức, viên chức"), which never share a
 * person, and which categories partition another (disjoint, and together the whole). Pairs not
 * declared may overlap: their figures are never added, and a total made of them cannot be
 * reconciled.
 */
export const participantCategoryRelations: {
  readonly broader: { readonly [C in ParticipantCategory]?: ReadonlyArray<ParticipantCategory> };
  readonly disjoint: ReadonlyArray<readonly [ParticipantCategory, ParticipantCategory]>;
  readonly partitions: { readonly [C in ParticipantCategory]?: ReadonlyArray<ReadonlyArray<ParticipantCategory>> };
} = {
  broader: {
    'party-members': ['cadres-party-members-civil-servants', 'everyone'],
    'non-party-civil-servants': ['civil-servants'],
    teachers: ['civil-servants'],
    'key-cadres': ['cadres-civil-servants'],
    'civil-servants': ['cadres-civil-servants'],
    'cadres-civil-servants': ['cadres-party-members-civil-servants'],
    'cadres-party-members-civil-servants': ['everyone'],
    'core-activists': ['public'],
    public: ['everyone'],
    'union-members-pupils': ['everyone'],
  },
  // "Quần chúng" are the people outside the Party: never a party member.
  disjoint: [
    ['party-members', 'non-party-civil-servants'],
    ['party-members', 'public'],
  ],
  partitions: {
    'cadres-party-members-civil-servants': [['party-members', 'non-party-civil-servants']],
  },
};
