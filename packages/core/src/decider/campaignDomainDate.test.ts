import { describe, expect, it } from 'vitest';
import { ids, launched, provenance, recorded, validCommands as v, withData, withoutData } from '../../test/campaignFixtures';
import { type CampaignEvent, campaignEventTypes } from '../events/campaignEvent';
import { count } from '../model/count';
import { year } from '../model/year';
import { campaignDomainDate } from './campaignDomainDate';

const cases: ReadonlyArray<readonly [string, CampaignEvent, string | null]> = [
  ['its launch date', launched, '2006-11-26'],
  ['no date when the source gives no launch date', recorded(withoutData(v.LaunchCampaign, 'launchedOn')), null],
  ['no date: a registry fact', recorded(v.DefineTerm), null],
  ['the directive date', recorded(v.DeclarePhase), '2011-05-14'],
  ['the issue date', recorded(v.RecordDocument), '2007-02-10'],
  ['no date when the document gives none', recorded(withoutData(v.RecordDocument, 'issuedOn')), null],
  ['no date: a registry fact', recorded(v.RegisterOrganisation), null],
  ['no date: a registry fact', recorded(v.RegisterResidentialArea), null],
  ['the end of its period', recorded(v.DeclareResidentialAreas), '2009-12-31'],
  ['the end of its period', recorded(v.CountOrganisations), '2007-12-31'],
  ['the end of its period', recorded(v.CountActingOrganisations), '2007-12-31'],
  ['no date when its period is unknown', recorded(withData(v.CountActingOrganisations, { period: 'unknown' })), null],
  ['the day it was formed', recorded(v.FormSteeringCommittee), '2007-01-15'],
  ['the end of its period when it gives no day', recorded(withoutData(v.FormSteeringCommittee, 'formedOn')), '2007-12-31'],
  [
    'no date when it gives neither day nor period',
    recorded(withoutData(withoutData(v.FormSteeringCommittee, 'formedOn'), 'period')),
    null,
  ],
  ['the end of its period', recorded(v.ReportSteeringCommittees), '2007-12-31'],
  ['no date without a period', recorded(withoutData(v.ReportSteeringCommittees, 'period')), null],
  ['the end of its period', recorded(v.DesignatePilotUnit), '2008-12-31'],
  ['no date without a period', recorded(withoutData(v.DesignatePilotUnit, 'period')), null],
  ['the end of its period', recorded(v.DeclareEligiblePopulation), '2007-12-31'],
  ['the end of its year', recorded(v.SetStudyTopic), '2008-12-31'],
  ['the first day of the class', recorded(v.HoldClass), '2007-04-02'],
  ['no date of its own: it takes its class’s', recorded(v.RecordAttendance), null],
  ['the first day it gives', recorded(v.ReportClasses), '2007-03-01'],
  ['the end of its period when it gives no day', recorded(withoutData(v.ReportClasses, 'startsOn')), '2007-12-31'],
  ['the end of its period', recorded(withData(v.ReportParticipation, { period: { from: year(2007), to: year(2010) } })), '2010-12-31'],
  ['the day it was held', recorded(v.HoldOutreachSession), '2007-09-02'],
  ['the end of its period', recorded(v.ReportOutreach), '2009-12-31'],
  ['the end of its period', recorded(v.RecordCommitments), '2007-12-31'],
  ['the day it was announced, even before its period', recorded(v.LaunchContest), '2009-12-20'],
  ['the end of its period when it gives no day', recorded(withoutData(v.LaunchContest, 'launchedOn')), '2010-12-31'],
  ['the end of its year', recorded(v.SubmitEntries), '2009-12-31'],
  ['the end of its year', recorded(v.ReportContestParticipation), '2009-12-31'],
  ['the end of its year', recorded(v.AwardPrizes), '2009-12-31'],
  ['the end of its year', recorded(withData(v.RateContestants, { year: year(2010) })), '2010-12-31'],
  ['the end of its year', recorded(v.SendSelections), '2009-12-31'],
  ['the day it was decided', recorded(v.GrantAward), '2010-05-19'],
  ['the end of its span when it gives no day', recorded(withoutData(v.GrantAward, 'decidedOn')), '2010-12-31'],
  ['the day they were distributed', recorded(v.DistributeMaterials), '2008-03-01'],
  ['the end of its period when it gives no day', recorded(withoutData(v.DistributeMaterials, 'distributedOn')), '2008-12-31'],
  ['the day it was conducted', recorded(v.ConductInspection), '2010-09-10'],
  ['the end of its period when it gives no day', recorded(withoutData(v.ConductInspection, 'conductedOn')), '2010-12-31'],
  ['the end of its figure’s period', recorded(v.ReportFigure), '2007-12-31'],
  [
    'the end of its figure’s span',
    {
      type: 'FigureReported',
      data: {
        figureId: ids.figure,
        figure: { measure: 'awards', period: { from: year(2007), to: year(2010) }, stage: 'decided-by-district' },
        value: count(5),
        provenance,
      },
    },
    '2010-12-31',
  ],
  [
    'no date when its figure has no period',
    recorded(withData(v.ReportFigure, { figure: { measure: 'steering-committees', organisationId: ids.district } })),
    null,
  ],
  [
    'the end of an optional figure period when given',
    recorded(withData(v.ReportFigure, { figure: { measure: 'prizes', contestId: ids.contest, period: year(2009) } })),
    '2009-12-31',
  ],
  ['the date of its replacement: a correction says what happened then', recorded(v.CorrectFact), '2007-12-31'],
  [
    'the date of its replacement, even a class corrected to another day',
    recorded(
      withData(v.CorrectFact, {
        correctedFactId: v.HoldClass.data.classId,
        replacement: { type: 'ClassHeld', data: { ...v.HoldClass.data, startsOn: v.HoldClass.data.endsOn ?? v.HoldClass.data.startsOn } },
      }),
    ),
    '2007-04-03',
  ],
  ['no date: a retraction withdraws its fact as we know it now, as of any day', recorded(v.RetractFact), null],
];

describe('campaignDomainDate', () => {
  it.each(cases.map(([why, event, expected]) => [event.type, why, event, expected] as const))('%s: %s', (_type, _why, event, expected) => {
    expect(campaignDomainDate(event)).toBe(expected);
  });

  it('has a case for every event type', () => {
    expect(new Set(cases.map(([, e]) => e.type))).toEqual(new Set(campaignEventTypes));
  });
});
