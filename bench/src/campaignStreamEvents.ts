import type { Prng } from './prng';

/** A campaign event as plain JSON, before the CampaignEvent codec has checked it. */
export interface RawCampaignEvent {
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
}

const YEARS = [2007, 2008, 2009, 2010] as const;
const CATEGORIES = ['party-members', 'cadres-civil-servants', 'public', 'union-members-pupils'] as const;
const BLOCS = ['agencies', 'rural', 'armed-forces', 'enterprises'] as const;
const STAGES = ['proposed-by-unit', 'decided-by-district'] as const;
const AWARD_KINDS = ['reward', 'commendation'] as const;
const RECIPIENT_KINDS = ['collective', 'individual'] as const;
const MAX_UNITS = 12;

// Sentences of the kind reports are transcribed from: they make payloads the size of real ones.
const QUOTES = [
  'Các chi, đảng bộ đã tổ chức học tập chuyên đề cho cán bộ, đảng viên',
  'Tổ chức quán triệt, học tập chuyên đề năm cho toàn thể đảng viên',
  'Biểu dương, khen thưởng các tập thể, cá nhân điển hình tiên tiến',
  'Số đảng viên tham gia học tập đạt tỷ lệ cao so với tổng số',
] as const;

/** Everything the events of one campaign stream refer to, so that later events name earlier ones. */
interface StreamContext {
  readonly campaignId: string;
  readonly districtId: string;
  readonly units: string[];
  /** Per class: its year, and the participant categories whose attendance is not recorded yet. */
  readonly classes: Map<string, { readonly year: number; readonly categoriesLeft: string[] }>;
  nextClass: number;
  nextAward: number;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
// Days 1-28 exist in every month, so every date is real.
const dateIn = (prng: Prng, year: number): string => `${year}-${pad2(prng.int(1, 12))}-${pad2(prng.int(1, 28))}`;

const provenance = (prng: Prng, year: number | null): Record<string, unknown> => {
  const document = year === null ? 'Kế hoạch số 12-KH/HU' : `Báo cáo năm ${year}`;
  // One fact in five quotes its sentence, as transcriptions do for the figures they state.
  return prng.int(0, 4) === 0
    ? { recordedBy: 'bench', source: { document, quote: prng.pick(QUOTES) } }
    : { recordedBy: 'bench', source: { document } };
};

const launched = (prng: Prng, c: StreamContext): RawCampaignEvent => ({
  type: 'CampaignLaunched',
  data: {
    campaignId: c.campaignId,
    title: 'Học tập và làm theo tấm gương đạo đức Hồ Chí Minh',
    launchedOn: dateIn(prng, 2007),
    directiveNumber: '06-CT/TW',
    provenance: provenance(prng, null),
  },
});

const districtRegistered = (prng: Prng, c: StreamContext): RawCampaignEvent => ({
  type: 'OrganisationRegistered',
  data: { organisationId: c.districtId, name: `Huyện ủy ${c.campaignId}`, kind: 'district-committee', provenance: provenance(prng, null) },
});

const unitRegistered = (prng: Prng, c: StreamContext): RawCampaignEvent => {
  const organisationId = `${c.districtId}/unit-${c.units.length + 1}`;
  c.units.push(organisationId);
  return {
    type: 'OrganisationRegistered',
    data: {
      organisationId,
      name: `Đảng bộ cơ sở số ${c.units.length}`,
      kind: 'grassroots-party-committee',
      parentId: c.districtId,
      bloc: prng.pick(BLOCS),
      provenance: provenance(prng, null),
    },
  };
};

const classHeld = (prng: Prng, c: StreamContext): RawCampaignEvent => {
  const classId = `class:${c.campaignId}/${++c.nextClass}`;
  const year = prng.pick(YEARS);
  const byUnit = c.units.length > 0 && prng.int(0, 2) > 0;
  c.classes.set(classId, { year, categoriesLeft: [...CATEGORIES] });
  return {
    type: 'ClassHeld',
    data: {
      classId,
      year,
      organiserId: byUnit ? prng.pick(c.units) : c.districtId,
      organiserLevel: byUnit ? 'unit' : 'district',
      startsOn: dateIn(prng, year),
      title: `Chuyên đề năm ${year}`,
      provenance: provenance(prng, year),
    },
  };
};

// An attendance of a class and a category not recorded yet, or null when every class has them all.
const attendanceRecorded = (prng: Prng, c: StreamContext): RawCampaignEvent | null => {
  const open = [...c.classes.entries()].filter(([, held]) => held.categoriesLeft.length > 0);
  if (open.length === 0) return null;
  const [classId, held] = prng.pick(open);
  const category = held.categoriesLeft.splice(prng.int(0, held.categoriesLeft.length - 1), 1)[0] as string;
  return {
    type: 'AttendanceRecorded',
    data: { classId, category, countUnit: 'person', count: prng.int(5, 400), provenance: provenance(prng, held.year) },
  };
};

const awardGranted = (prng: Prng, c: StreamContext): RawCampaignEvent => {
  const year = prng.pick(YEARS);
  // One award in five is decided "over the four years", a span the figures never split.
  const span = prng.int(0, 4) === 0;
  return {
    type: 'AwardGranted',
    data: {
      awardId: `award:${c.campaignId}/${++c.nextAward}`,
      period: span ? { from: 2007, to: 2010 } : year,
      stage: prng.pick(STAGES),
      kind: prng.pick(AWARD_KINDS),
      recipientKind: prng.pick(RECIPIENT_KINDS),
      count: prng.int(1, 30),
      decidingBody: 'district-standing-committee',
      ...(c.units.length > 0 ? { recipientOrganisationId: prng.pick(c.units) } : {}),
      provenance: provenance(prng, span ? 2010 : year),
    },
  };
};

// After the launch, what happens in a campaign: mostly classes and their attendance, some awards,
// and now and then a new grassroots unit.
const nextEvent = (prng: Prng, c: StreamContext): RawCampaignEvent => {
  const roll = prng.int(1, 100);
  if (roll <= 8 && c.units.length < MAX_UNITS) return unitRegistered(prng, c);
  if (roll <= 38) return classHeld(prng, c);
  if (roll <= 85) return attendanceRecorded(prng, c) ?? classHeld(prng, c);
  return awardGranted(prng, c);
};

/**
 * The events of one campaign stream, as JSON: the campaign launched and its district committee
 * registered, then grassroots units, classes, attendance and awards that refer to them. Ids hold
 * the campaign id, so that streams folded into one projection never share a fact.
 */
export const campaignStreamEvents = (prng: Prng, campaignId: string, count: number): ReadonlyArray<RawCampaignEvent> => {
  if (count < 2) throw new RangeError(`campaignStreamEvents: a stream needs at least 2 events (launch and district), got ${count}`);
  const c: StreamContext = { campaignId, districtId: `org:${campaignId}`, units: [], classes: new Map(), nextClass: 0, nextAward: 0 };
  const events = [launched(prng, c), districtRegistered(prng, c)];
  while (events.length < count) events.push(nextEvent(prng, c));
  return events;
};
