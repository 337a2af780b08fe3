import * as t from 'io-ts';
import { normalizing } from '../decider/normalizeFields';
import { newId, known, organisation, dateRange, dateWithin, term, terms } from '../decider/rules';
import { withEntry } from '../decider/stateUpdates';
import { Bloc } from '../model/bloc';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { IsoDate } from '../model/isoDate';
import { NonEmptyText } from '../model/nonEmptyText';
import { OrganiserLevel } from '../model/organiserLevel';
import { ParticipantCategory } from '../model/participantCategory';
import { Provenance } from '../model/provenance';
import { Year } from '../model/year';
import { partNumberOf, versionValueOf } from '../projections/factNumbers';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of ClassHeld. */
export interface ClassHeldData {
  classId: Id;
  year: Year;
  organiserId: Id;
  organiserLevel: OrganiserLevel;
  startsOn: IsoDate;
  provenance: Provenance;
  endsOn?: IsoDate;
  bloc?: Bloc;
  topicId?: Id;
  title?: NonEmptyText;
  audience?: Array<ParticipantCategory>;
}
/** The payload of ClassHeld. */
export const ClassHeldData: Codec<ClassHeldData> = declared<ClassHeldData>()(
  fields(
    {
      classId: Id,
      year: Year,
      organiserId: Id,
      organiserLevel: OrganiserLevel,
      startsOn: IsoDate,
      provenance: Provenance,
    },
    {
      endsOn: IsoDate,
      bloc: Bloc,
      topicId: Id,
      title: NonEmptyText,
      audience: t.array(ParticipantCategory),
    },
    'ClassHeldData',
  ),
);

/** One study class (lớp) was held: an operational fact. */
export interface ClassHeld {
  type: 'ClassHeld';
  data: ClassHeldData;
}
/** One study class (lớp) was held: an operational fact. */
export const ClassHeld: Codec<ClassHeld> = tagged<ClassHeld>()('ClassHeld', ClassHeldData);

/** Asks to record ClassHeld: one study class (lớp) was held: an operational fact. */
export interface HoldClass {
  type: 'HoldClass';
  data: ClassHeldData;
}
/** Asks to record ClassHeld. */
export const HoldClass: Codec<HoldClass> = tagged<HoldClass>()('HoldClass', ClassHeldData);

/** How the ledger handles ClassHeld: its codecs, the rules of HoldClass, and how each fold takes it in. */
export const classHeldSpec: EventSpec<'ClassHeld'> = {
  codec: ClassHeld,
  data: ClassHeldData,
  command: { type: 'HoldClass', codec: HoldClass },
  catalog: { grain: 'operational', says: 'one class' },
  factId: (d) => d.classId,
  decide: {
    identity: newId('class', 'classId'),
    wellFormed: [dateRange('startsOn', 'endsOn')],
    references: [
      organisation('organiserId'),
      known('topic', 'topicId'),
      term('bloc', 'bloc'),
      terms('participant-category', 'audience'),
    ],
    dates: [dateWithin('startsOn', 'year'), dateWithin('endsOn', 'year')],
    record: normalizing(['title']),
  },
  evolve: (state, d) => ({ ...state, classes: withEntry(state.classes, d.classId, new Set<string>()) }),
  domainDate: (d) => d.startsOn,
  registry: 'classes',
  partNumber: (_d, measure) => (measure === 'classes' ? partNumberOf(1) : undefined),
  correction: { versionValue: (_d, measure) => versionValueOf(measure === 'classes' ? 1 : undefined) },
};
