import * as t from 'io-ts';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { NonEmptyText } from '../model/nonEmptyText';
import { Year } from '../model/year';
import { Provenance } from '../model/provenance';

/** The payload of StudyTopicSet. */
export const StudyTopicSetData = fields(
  {
    topicId: Id,
    year: Year,
    title: NonEmptyText,
    provenance: Provenance,
  },
  {
    works: t.array(NonEmptyText),
    documentId: Id,
  },
  'StudyTopicSetData',
);
/** The payload of StudyTopicSet. */
export type StudyTopicSetData = t.TypeOf<typeof StudyTopicSetData>;

/** The study topic (chuyên đề) of a year, with the works of Hồ Chí Minh studied beside it. */
export const StudyTopicSet = t.type({ type: t.literal('StudyTopicSet'), data: StudyTopicSetData }, 'StudyTopicSet');
/** The study topic (chuyên đề) of a year, with the works of Hồ Chí Minh studied beside it. */
export type StudyTopicSet = t.TypeOf<typeof StudyTopicSet>;
