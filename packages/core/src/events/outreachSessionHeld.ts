import { normalizing } from '../decider/normalizeFields';
import { newId, known, dateWithin } from '../decider/rules';
import { rememberId } from '../decider/stateUpdates';
import { Count } from '../model/count';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { IsoDate } from '../model/isoDate';
import { Provenance } from '../model/provenance';
import { Year } from '../model/year';
import { partNumberOf, versionValueOf, countsParticipants } from '../projections/factNumbers';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of OutreachSessionHeld. */
export interface OutreachSessionHeldData {
  sessionId: Id;
  areaId: Id;
  year: Year;
  heldOn: IsoDate;
  attendances: Count;
  provenance: Provenance;
  topicId?: Id;
}
/** The payload of OutreachSessionHeld. */
export const OutreachSessionHeldData: Codec<OutreachSessionHeldData> = declared<OutreachSessionHeldData>()(
  fields(
    {
      sessionId: Id,
      areaId: Id,
      year: Year,
      heldOn: IsoDate,
      attendances: Count,
      provenance: Provenance,
    },
    {
      topicId: Id,
    },
    'OutreachSessionHeldData',
  ),
);

/** One study or outreach session was held in a residential area: an operational fact. */
export interface OutreachSessionHeld {
  type: 'OutreachSessionHeld';
  data: OutreachSessionHeldData;
}
/** One study or outreach session was held in a residential area: an operational fact. */
export const OutreachSessionHeld: Codec<OutreachSessionHeld> = tagged<OutreachSessionHeld>()('OutreachSessionHeld', OutreachSessionHeldData);

/** Asks to record OutreachSessionHeld: one study or outreach session was held in a residential area: an operational fact. */
export interface HoldOutreachSession {
  type: 'HoldOutreachSession';
  data: OutreachSessionHeldData;
}
/** Asks to record OutreachSessionHeld. */
export const HoldOutreachSession: Codec<HoldOutreachSession> = tagged<HoldOutreachSession>()('HoldOutreachSession', OutreachSessionHeldData);

/** How the ledger handles OutreachSessionHeld: its codecs, the rules of HoldOutreachSession, and how each fold takes it in. */
export const outreachSessionHeldSpec: EventSpec<'OutreachSessionHeld'> = {
  codec: OutreachSessionHeld,
  data: OutreachSessionHeldData,
  command: { type: 'HoldOutreachSession', codec: HoldOutreachSession },
  catalog: { grain: 'operational', says: 'one session in one residential area' },
  factId: (d) => d.sessionId,
  decide: {
    identity: newId('outreach-session', 'sessionId'),
    references: [known('residential-area', 'areaId'), known('topic', 'topicId')],
    dates: [dateWithin('heldOn', 'year')],
    record: normalizing([]),
  },
  evolve: rememberId('outreach-session', 'sessionId'),
  domainDate: (d) => d.heldOn,
  registry: null,
  partNumber: (d, measure) => {
    if (measure === 'areas-reached') return partNumberOf(1);
    return countsParticipants(measure) || measure === 'outreach-attendances' ? partNumberOf(d.attendances, 'attendance') : undefined;
  },
  correction: { versionValue: (d, measure) => versionValueOf(measure === 'areas-reached' ? 1 : d.attendances) },
};
