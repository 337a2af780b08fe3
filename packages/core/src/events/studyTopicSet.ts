import * as t from 'io-ts';
import { endOfYear } from '../decider/domainDates';
import { normalizeFields, normalizeName } from '../decider/normalizeFields';
import { newId, known } from '../decider/rules';
import { rememberId } from '../decider/stateUpdates';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { NonEmptyText } from '../model/nonEmptyText';
import { Provenance } from '../model/provenance';
import { Year } from '../model/year';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of StudyTopicSet. */
export interface StudyTopicSetData {
  topicId: Id;
  year: Year;
  title: NonEmptyText;
  provenance: Provenance;
  works?: Array<NonEmptyText>;
  documentId?: Id;
}
/** The payload of StudyTopicSet. */
export const StudyTopicSetData: Codec<StudyTopicSetData> = declared<StudyTopicSetData>()(
  fields(
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
  ),
);

/** The study topic (chuyên đề) of a year, with the works of Hồ Chí Minh studied beside it. */
export interface StudyTopicSet {
  type: 'StudyTopicSet';
  data: StudyTopicSetData;
}
/** The study topic (chuyên đề) of a year, with the works of Hồ Chí Minh studied beside it. */
export const StudyTopicSet: Codec<StudyTopicSet> = tagged<StudyTopicSet>()('StudyTopicSet', StudyTopicSetData);

/** Asks to record StudyTopicSet: the study topic (chuyên đề) of a year, with the works of Hồ Chí Minh studied beside it. */
export interface SetStudyTopic {
  type: 'SetStudyTopic';
  data: StudyTopicSetData;
}
/** Asks to record StudyTopicSet. */
export const SetStudyTopic: Codec<SetStudyTopic> = tagged<SetStudyTopic>()('SetStudyTopic', StudyTopicSetData);

/** How the ledger handles StudyTopicSet: its codecs, the rules of SetStudyTopic, and how each fold takes it in. */
export const studyTopicSetSpec: EventSpec<'StudyTopicSet'> = {
  codec: StudyTopicSet,
  data: StudyTopicSetData,
  command: { type: 'SetStudyTopic', codec: SetStudyTopic },
  catalog: { grain: 'registry', says: 'the topic of a year' },
  factId: (d) => d.topicId,
  decide: {
    identity: newId('topic', 'topicId'),
    references: [known('document', 'documentId')],
    // The works are a list of titles, each normalised; they follow the other fields as recorded.
    record: ({ works, ...rest }) => ({
      ...normalizeFields(rest, ['title']),
      ...(works === undefined ? {} : { works: works.map(normalizeName) }),
    }),
  },
  evolve: rememberId('topic', 'topicId'),
  domainDate: (d) => endOfYear(d.year),
  registry: 'topics',
  partNumber: () => undefined,
  correction: null,
};
