import {
  type AsOfPoints,
  CampaignEvent,
  type CampaignFacts,
  type EventStore,
  type FigureKeyInput,
  asOfDomainDate,
  asOfPosition,
  asOfRecordedAt,
  campaignFactsProjection,
  figureKey,
  figureOf,
  makeInMemoryEventStore,
  replayAsOf,
} from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { contest, org, quoted } from '@campaign-ledger/fixtures';
import { type RecordedSection, makeReplayClock, muongTeTimeline, replayTimeline } from './recordedTimeline';
import { replayHistory } from '@campaign-ledger/fixtures';

// The Mường Tè history recorded year by year (each year's facts in the January after it), then
// one correction recorded in March 2012: the rural classes of 2007 re-read as 21 instead of 20.

let store: EventStore<CampaignEvent>;
let sections: ReadonlyArray<RecordedSection>;
let correctionPosition: number;

const CORRECTED_ON = new Date(Date.UTC(2012, 2, 1));

beforeAll(async () => {
  const clock = makeReplayClock(new Date(Date.UTC(2007, 0, 1)));
  store = makeInMemoryEventStore({ codec: CampaignEvent, clock: clock.now });
  const replayed = await replayTimeline(store, clock);
  if (E.isLeft(replayed)) throw new Error(replayed.left.message);
  sections = replayed.right;
  clock.moveTo(CORRECTED_ON);
  const quote = 'khối cơ quan 3 lớp, khối nông thôn 20 lớp, khối LLVT 1 lớp';
  const corrected = await replayHistory(store, [
    {
      type: 'CorrectFact',
      data: {
        correctionId: 'correction:2007/classes/rural',
        correctedFactId: 'fact:2007/classes/rural',
        replacement: {
          type: 'ClassesReported',
          data: { factId: 'fact:2007/classes/rural', organisationId: org.district, period: 2007, count: 21, bloc: 'rural', topicId: 'topic:2007', provenance: quoted(quote) },
        },
        reason: 'the district archive lists 21 rural classes in 2007',
        provenance: { recordedBy: 'campaign-ledger/examples/muong-te', source: { document: 'Hồ sơ lưu trữ của Huyện ủy (hypothetical)' } },
      },
    },
  ]);
  if (E.isLeft(corrected)) throw new Error(corrected.left.message);
  correctionPosition = (sections[sections.length - 1]?.lastPosition ?? 0) + 1;
});

const section = (name: string): RecordedSection => {
  const s = sections.find((x) => x.name === name);
  if (s === undefined) throw new Error(`no section ${name}`);
  return s;
};

const factsAsOf = async (points: AsOfPoints): Promise<CampaignFacts> => {
  const facts = await replayAsOf(store, points, campaignFactsProjection)();
  if (E.isLeft(facts)) throw new Error(facts.left._tag);
  return facts.right;
};

const valueAsOf = async (points: AsOfPoints, key: FigureKeyInput): Promise<number | null> => {
  const f = figureOf(await factsAsOf(points), figureKey(key));
  return f.status === 'computed' ? f.value : null;
};

const district = { organisationId: org.district } as const;
const classes2007 = { measure: 'classes', period: 2007, ...district } as const;
const classes2008 = { measure: 'classes', period: 2008, ...district } as const;
const participants2009 = {
  measure: 'participants',
  period: 2009,
  ...district,
  category: 'cadres-party-members-civil-servants',
  countUnit: 'person',
  organiserLevel: 'district',
} as const;
const awardsDecided = { measure: 'awards', period: { from: 2007, to: 2010 }, stage: 'decided-by-district', recipientKind: 'collective' } as const;
const writingUnits2009 = { measure: 'contest-units', contestId: contest.writing, period: 2009 } as const;

describe('the Mường Tè timeline', () => {
  it('records the whole history, each section at its own time', () => {
    expect(sections.map((s) => s.name)).toEqual(muongTeTimeline.map((s) => s.name));
    expect(section('contests and awards').lastPosition).toBe(correctionPosition - 1);
    expect(section('2007').firstPosition).toBe(section('set-up and direction').lastPosition + 1);
  });
});

describe('as of a global position', () => {
  it('classes of 2007 are 24 at the end of 2007’s facts, and have no data before them', async () => {
    expect(await valueAsOf(asOfPosition(section('2007').lastPosition), classes2007)).toBe(24);
    expect(await valueAsOf(asOfPosition(section('2007').firstPosition - 1), classes2007)).toBeNull();
  });

  it('participants of 2009 have no data before 2009’s facts, and are 256 after them', async () => {
    expect(await valueAsOf(asOfPosition(section('2009').firstPosition - 1), participants2009)).toBeNull();
    expect(await valueAsOf(asOfPosition(section('2009').lastPosition), participants2009)).toBe(256);
  });

  it('the correction changes 2007’s classes only from its own position on', async () => {
    expect(await valueAsOf(asOfPosition(correctionPosition - 1), classes2007)).toBe(24);
    expect(await valueAsOf(asOfPosition(correctionPosition), classes2007)).toBe(25);
    expect(await valueAsOf([], classes2007)).toBe(25);
  });
});

describe('as recorded at a time: what the district knew then', () => {
  it('knows 2007’s classes from January 2008, and not yet 2008’s', async () => {
    const feb2008 = asOfRecordedAt('2008-02-01T00:00:00Z');
    expect(await valueAsOf(asOfRecordedAt('2007-12-31T23:59:59Z'), classes2007)).toBeNull();
    expect(await valueAsOf(feb2008, classes2007)).toBe(24);
    expect(await valueAsOf(feb2008, classes2008)).toBeNull();
    expect(await valueAsOf(asOfRecordedAt('2009-02-01T00:00:00Z'), classes2008)).toBe(53);
  });

  it('does not know 2009’s participants at the end of 2009: they were recorded in January 2010', async () => {
    expect(await valueAsOf(asOfRecordedAt('2009-12-31T23:59:59Z'), participants2009)).toBeNull();
    expect(await valueAsOf(asOfRecordedAt('2010-02-01T00:00:00Z'), participants2009)).toBe(256);
  });

  it('shows the original 24 classes of 2007 until the correction was recorded in March 2012', async () => {
    const before = figureOf(await factsAsOf(asOfRecordedAt('2012-02-29T23:59:59Z')), figureKey(classes2007));
    expect(before.value).toBe(24);
    expect(before.contributions.some((c) => c.role === 'superseded')).toBe(false);
    expect(await valueAsOf(asOfRecordedAt(CORRECTED_ON), classes2007)).toBe(25);
  });
});

describe('as happened by a domain date: what had happened then, as known now', () => {
  it('has no awards over 2007–2010 by the end of 2009: they are filed at 2010-12-31', async () => {
    expect(await valueAsOf(asOfDomainDate('2009-12-31'), awardsDecided)).toBeNull();
    expect(await valueAsOf(asOfDomainDate('2010-12-31'), awardsDecided)).toBe(44);
  });

  it('knows 2009’s writing contest by the end of 2009, though it was recorded only in 2011', async () => {
    expect(await valueAsOf(asOfDomainDate('2009-12-31'), writingUnits2009)).toBe(29);
    expect(await valueAsOf(asOfRecordedAt('2010-12-31T00:00:00Z'), writingUnits2009)).toBeNull();
  });

  it('counts 2008’s classes by the end of 2008 but nothing of 2009 yet', async () => {
    expect(await valueAsOf(asOfDomainDate('2008-12-31'), classes2008)).toBe(53);
    expect(await valueAsOf(asOfDomainDate('2008-12-31'), { measure: 'classes', period: 2009, ...district })).toBeNull();
  });

  it('applies the 2012 correction to 2007: the rural classes were 21, the original is listed as superseded', async () => {
    const by2007 = figureOf(await factsAsOf(asOfDomainDate('2007-12-31')), figureKey(classes2007));
    expect(by2007.value).toBe(25);
    const rural = by2007.contributions.filter((c) => c.factId === 'fact:2007/classes/rural');
    // 2007's section records the topic, then the agencies' classes, then the rural classes.
    expect(rural.map((c) => [c.role, c.value, c.globalPosition])).toEqual([
      ['superseded', 20, section('2007').firstPosition + 2],
      ['counted', 21, correctionPosition],
    ]);
    expect(rural[1]?.correction?.reason).toBe('the district archive lists 21 rural classes in 2007');
  });

  it('as known before the correction, what had happened by 2007 is the original 24', async () => {
    expect(await valueAsOf([asOfRecordedAt('2011-12-31T00:00:00Z'), asOfDomainDate('2007-12-31')], classes2007)).toBe(24);
  });
});
