import * as t from 'io-ts';
import { fields } from '../model/fields';
import { Bloc } from '../model/bloc';
import { Id } from '../model/identifiers';
import { IsoDate } from '../model/isoDate';
import { NonEmptyText } from '../model/nonEmptyText';
import { OrganiserLevel } from '../model/organiserLevel';
import { ParticipantCategory } from '../model/participantCategory';
import { Year } from '../model/year';
import { Provenance } from '../model/provenance';

/** The payload of ClassHeld. */
export const ClassHeldData = fields(
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
);
/** The payload of ClassHeld. */
export type ClassHeldData = t.TypeOf<typeof ClassHeldData>;

/** One study class (lớp) was held: an operational fact. */
export const ClassHeld = t.type({ type: t.literal('ClassHeld'), data: ClassHeldData }, 'ClassHeld');
/** One study class (lớp) was held: an operational fact. */
export type ClassHeld = t.TypeOf<typeof ClassHeld>;
