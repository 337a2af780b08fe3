import { describe, expect, it } from 'vitest';
import { given } from '@campaign-ledger/testing';
import { history, ids, recorded, validCommands, withData, withoutData } from '../../test/campaignFixtures';
import type { CampaignCommand, CampaignCommandType } from '../commands/campaignCommand';
import type { DomainErrorTag, EntityKind } from '../errors/domainError';
import { count } from '../model/count';
import { id } from '../model/identifiers';
import { isoDate } from '../model/isoDate';
import type { NonEmptyText } from '../model/nonEmptyText';
import { year } from '../model/year';
import { campaignDecider } from './campaignDecider';

const when = (command: CampaignCommand) => given(campaignDecider, history).when(command);
const unknownOrganisation = id('org:muong-te/not-registered');
const unknown = id('not-recorded');
const backwards = { from: year(2010), to: year(2007) };
const v = validCommands;

describe('rule 2: ids are unique in their namespace', () => {
  it.each([
    ['phase', withData(v.DeclarePhase, { phaseId: ids.phase }), ids.phase],
    ['document', withData(v.RecordDocument, { documentId: ids.document }), ids.document],
    ['organisation', withData(v.RegisterOrganisation, { organisationId: ids.commune }), ids.commune],
    ['residential-area', withData(v.RegisterResidentialArea, { areaId: ids.area }), ids.area],
    ['topic', withData(v.SetStudyTopic, { topicId: ids.topic }), ids.topic],
    ['class', withData(v.HoldClass, { classId: ids.class }), ids.class],
    ['outreach-session', withData(v.HoldOutreachSession, { sessionId: ids.session }), ids.session],
    ['contest', withData(v.LaunchContest, { contestId: ids.contest, feedsContestId: ids.provinceContest }), ids.contest],
    ['award', withData(v.GrantAward, { awardId: ids.award }), ids.award],
    ['distribution', withData(v.DistributeMaterials, { distributionId: ids.distribution }), ids.distribution],
    ['inspection', withData(v.ConductInspection, { inspectionId: ids.inspection }), ids.inspection],
    ['figure', withData(v.ReportFigure, { figureId: ids.figure }), ids.figure],
    ['steering-committee', withData(v.FormSteeringCommittee, { organisationId: ids.district }), ids.district],
    ['pilot-unit', withData(v.DesignatePilotUnit, { organisationId: ids.commune }), ids.commune],
  ] as ReadonlyArray<readonly [EntityKind, CampaignCommand, string]>)('a second %s with the same id is DuplicateId', (entity, command, taken) => {
    expect(when(command).thenFails('DuplicateId')).toStrictEqual({ _tag: 'DuplicateId', entity, id: taken });
  });

  // The history holds an EligiblePopulationDeclared under this id: every kind of fact shares its namespace.
  it.each([
    withData(v.DeclareResidentialAreas, { factId: ids.eligibleFact }),
    withData(v.CountOrganisations, { factId: ids.eligibleFact }),
    withData(v.ReportSteeringCommittees, { factId: ids.eligibleFact }),
    withData(v.DeclareEligiblePopulation, { factId: ids.eligibleFact }),
    withData(v.ReportClasses, { factId: ids.eligibleFact }),
    withData(v.ReportParticipation, { factId: ids.eligibleFact }),
    withData(v.ReportOutreach, { factId: ids.eligibleFact }),
    withData(v.RecordCommitments, { factId: ids.eligibleFact }),
    withData(v.ReportContestParticipation, { factId: ids.eligibleFact }),
    withData(v.AwardPrizes, { factId: ids.eligibleFact }),
    withData(v.RateContestants, { factId: ids.eligibleFact }),
    withData(v.SendSelections, { factId: ids.eligibleFact }),
  ] as ReadonlyArray<CampaignCommand>)('$type reusing a fact id of another kind is DuplicateId fact', (command) => {
    expect(when(command).thenFails('DuplicateId')).toStrictEqual({ _tag: 'DuplicateId', entity: 'fact', id: ids.eligibleFact });
  });

  // Replaying an accepted command exercises evolve: the event must leave its id (or key) taken.
  const replays: ReadonlyArray<readonly [CampaignCommandType, DomainErrorTag]> = [
    ['DeclarePhase', 'DuplicateId'],
    ['RecordDocument', 'DuplicateId'],
    ['RegisterOrganisation', 'DuplicateId'],
    ['RegisterResidentialArea', 'DuplicateId'],
    ['DeclareResidentialAreas', 'DuplicateId'],
    ['CountOrganisations', 'DuplicateId'],
    ['FormSteeringCommittee', 'DuplicateId'],
    ['ReportSteeringCommittees', 'DuplicateId'],
    ['DesignatePilotUnit', 'DuplicateId'],
    ['DeclareEligiblePopulation', 'DuplicateId'],
    ['SetStudyTopic', 'DuplicateId'],
    ['HoldClass', 'DuplicateId'],
    ['RecordAttendance', 'AttendanceAlreadyRecorded'],
    ['ReportClasses', 'DuplicateId'],
    ['ReportParticipation', 'DuplicateId'],
    ['HoldOutreachSession', 'DuplicateId'],
    ['ReportOutreach', 'DuplicateId'],
    ['RecordCommitments', 'DuplicateId'],
    ['LaunchContest', 'DuplicateId'],
    ['ReportContestParticipation', 'DuplicateId'],
    ['AwardPrizes', 'DuplicateId'],
    ['RateContestants', 'DuplicateId'],
    ['SendSelections', 'DuplicateId'],
    ['GrantAward', 'DuplicateId'],
    ['DistributeMaterials', 'DuplicateId'],
    ['ConductInspection', 'DuplicateId'],
    ['ReportFigure', 'DuplicateId'],
  ];
  it.each(replays)('%s replayed after it was accepted is %s', (type, tag) => {
    const command = v[type];
    given(campaignDecider, [...history, recorded(command)]).when(command).thenFails(tag);
  });
});

describe('rule 3: names are identities', () => {
  it('refuses an organisation whose name differs from a sibling only in tone-mark placement', () => {
    const error = when(
      withData(v.RegisterOrganisation, { name: 'Ban Thường vụ Huyện uỷ' as NonEmptyText, parentId: ids.district }),
    ).thenFails('DuplicateName');
    expect(error).toStrictEqual({
      _tag: 'DuplicateName',
      entity: 'organisation',
      name: 'Ban Thường vụ Huyện ủy',
      existingId: ids.standing,
    });
  });

  it('refuses a sibling name that differs only in case and spacing', () => {
    const error = when(withData(v.RegisterOrganisation, { name: 'đảng bộ\u00a0xã  BUM TỞ' as NonEmptyText })).thenFails('DuplicateName');
    expect(error.existingId).toBe(ids.commune);
  });

  it('refuses a second top-level organisation of the same name', () => {
    const { parentId: _none, ...data } = v.RegisterOrganisation.data;
    const error = when({ type: 'RegisterOrganisation', data: { ...data, name: 'Tỉnh uỷ Lai Châu' as NonEmptyText } }).thenFails('DuplicateName');
    expect(error.existingId).toBe(ids.province);
  });

  it('accepts the same name under another parent', () => {
    const command = withData(v.RegisterOrganisation, { name: 'Ban Thường vụ Huyện ủy' as NonEmptyText, parentId: ids.commune });
    when(command).then([recorded(command)]);
  });

  it('refuses a residential area named like another of the same organisation', () => {
    const error = when(withData(v.RegisterResidentialArea, { name: 'Bản  Nậm\u00a0Khao' as NonEmptyText })).thenFails('DuplicateName');
    expect(error).toStrictEqual({ _tag: 'DuplicateName', entity: 'residential-area', name: 'Bản Nậm Khao', existingId: ids.area });
  });

  it('accepts a residential area named like one of another organisation', () => {
    const command = withData(v.RegisterResidentialArea, { name: 'Bản Nậm Khao' as NonEmptyText, organisationId: ids.police });
    when(command).then([recorded(command)]);
  });
});

describe('rule 4: organisations referred to must be registered', () => {
  it.each([
    ['parentId', withData(v.RegisterOrganisation, { parentId: unknownOrganisation })],
    ['issuerId', withData(v.RecordDocument, { issuerId: unknownOrganisation })],
    ['organisationId', withData(v.RegisterResidentialArea, { organisationId: unknownOrganisation })],
    ['organisationId', withData(v.DeclareResidentialAreas, { organisationId: unknownOrganisation })],
    ['organisationId', withData(v.CountOrganisations, { organisationId: unknownOrganisation })],
    ['organisationId', withData(v.FormSteeringCommittee, { organisationId: unknownOrganisation })],
    ['organisationId', withData(v.ReportSteeringCommittees, { organisationId: unknownOrganisation })],
    ['organisationId', withData(v.DesignatePilotUnit, { organisationId: unknownOrganisation })],
    ['organisationId', withData(v.DeclareEligiblePopulation, { organisationId: unknownOrganisation })],
    ['organisationId', withData(v.ReportClasses, { organisationId: unknownOrganisation })],
    ['organisationId', withData(v.ReportParticipation, { organisationId: unknownOrganisation })],
    ['organisationId', withData(v.ReportOutreach, { organisationId: unknownOrganisation })],
    ['organisationId', withData(v.RecordCommitments, { organisationId: unknownOrganisation })],
    ['organisationId', withData(v.SubmitEntries, { organisationId: unknownOrganisation })],
    ['organiserId', withData(v.HoldClass, { organiserId: unknownOrganisation })],
    ['organiserId', withData(v.ReportClasses, { organiserId: unknownOrganisation })],
    ['organiserId', withData(v.LaunchContest, { organiserId: unknownOrganisation })],
    ['designatedById', withData(v.DesignatePilotUnit, { designatedById: unknownOrganisation })],
    ['committeeOrganisationId', withData(v.FormSteeringCommittee, { committeeOrganisationId: unknownOrganisation })],
    ['distributorId', withData(v.DistributeMaterials, { distributorId: unknownOrganisation })],
    ['inspectorId', withData(v.ConductInspection, { inspectorId: unknownOrganisation })],
    ['subjectIds.2', withData(v.ConductInspection, { subjectIds: [ids.commune, ids.police, unknownOrganisation] })],
    ['recipientOrganisationId', withData(v.AwardPrizes, { recipientOrganisationId: unknownOrganisation })],
    ['recipientOrganisationId', withData(v.GrantAward, { recipientOrganisationId: unknownOrganisation })],
    ['proposerId', withData(v.GrantAward, { proposerId: unknownOrganisation })],
    ['deciderId', withData(v.GrantAward, { deciderId: unknownOrganisation })],
    [
      'figure.organisationId',
      withData(v.ReportFigure, { figure: { measure: 'classes', period: year(2007), organisationId: unknownOrganisation } }),
    ],
  ] as ReadonlyArray<readonly [string, CampaignCommand]>)('%s of %s', (field, command) => {
    expect(when(command).thenFails('UnknownOrganisation')).toStrictEqual({
      _tag: 'UnknownOrganisation',
      organisationId: unknownOrganisation,
      field,
    });
  });
});

describe('rule 5: other references must be recorded', () => {
  it.each([
    ['phase', 'phaseId', withData(v.RecordDocument, { phaseId: unknown })],
    ['document', 'documentId', withData(v.FormSteeringCommittee, { documentId: unknown })],
    ['document', 'documentId', withData(v.SetStudyTopic, { documentId: unknown })],
    ['document', 'documentId', withData(v.LaunchContest, { documentId: unknown })],
    ['document', 'documentId', withData(v.GrantAward, { documentId: unknown })],
    ['document', 'documentId', withData(v.ConductInspection, { documentId: unknown })],
    ['topic', 'topicId', withData(v.HoldClass, { topicId: unknown })],
    ['topic', 'topicId', withData(v.ReportClasses, { topicId: unknown })],
    ['topic', 'topicId', withData(v.HoldOutreachSession, { topicId: unknown })],
    ['topic', 'figure.topicId', withData(v.ReportFigure, { figure: { measure: 'classes', period: year(2007), topicId: unknown } })],
    ['residential-area', 'areaId', withData(v.HoldOutreachSession, { areaId: unknown })],
    ['fact', 'classesFactId', withData(v.ReportParticipation, { classesFactId: unknown })],
    ['fact', 'parts.1', withData(v.ReportFigure, { parts: [ids.classesFact, unknown, ids.class] })],
  ] as ReadonlyArray<readonly [EntityKind, string, CampaignCommand]>)('%s in %s', (entity, field, command) => {
    expect(when(command).thenFails('UnknownReference')).toStrictEqual({ _tag: 'UnknownReference', entity, id: unknown, field });
  });

  it('lets a figure name as parts any fact, figure, class, session, award, distribution or inspection', () => {
    const command = withData(v.ReportFigure, {
      parts: [ids.classesFact, ids.figure, ids.class, ids.session, ids.award, ids.distribution, ids.inspection],
    });
    when(command).then([recorded(command)]);
  });
});

describe('rule 6: attendance belongs to a class held, once per category and unit', () => {
  it('refuses attendance for a class never held', () => {
    const error = when(withData(v.RecordAttendance, { classId: id('class:never-held') })).thenFails('ClassNotHeld');
    expect(error).toStrictEqual({ _tag: 'ClassNotHeld', classId: 'class:never-held' });
  });

  it('refuses a second attendance of the same category in the same unit', () => {
    const error = when(withData(v.RecordAttendance, { category: 'party-members', countUnit: 'person' })).thenFails(
      'AttendanceAlreadyRecorded',
    );
    expect(error).toStrictEqual({
      _tag: 'AttendanceAlreadyRecorded',
      classId: ids.class,
      category: 'party-members',
      countUnit: 'person',
    });
  });

  it('accepts the same category counted in attendances beside persons', () => {
    const command = withData(v.RecordAttendance, { category: 'party-members', countUnit: 'attendance' });
    when(command).then([recorded(command)]);
  });
});

describe('rule 7: contest facts belong to a launched contest and its years', () => {
  const missing = id('contest:never-launched');

  it.each([
    ['contestId', withData(v.SubmitEntries, { contestId: missing })],
    ['contestId', withData(v.ReportContestParticipation, { contestId: missing })],
    ['contestId', withData(v.AwardPrizes, { contestId: missing })],
    ['contestId', withData(v.RateContestants, { contestId: missing })],
    ['contestId', withData(v.SendSelections, { contestId: missing })],
    ['toContestId', withData(v.SendSelections, { toContestId: missing })],
    ['feedsContestId', withData(v.LaunchContest, { feedsContestId: missing })],
    ['figure.contestId', withData(v.ReportFigure, { figure: { measure: 'contest-entries', contestId: missing } })],
  ] as ReadonlyArray<readonly [string, CampaignCommand]>)('%s of %s', (field, command) => {
    expect(when(command).thenFails('ContestNotFound')).toStrictEqual({ _tag: 'ContestNotFound', contestId: missing, field });
  });

  it.each([
    withData(v.SubmitEntries, { year: year(2010) }),
    withData(v.ReportContestParticipation, { year: year(2010) }),
    withData(v.AwardPrizes, { year: year(2010) }),
    withData(v.RateContestants, { year: year(2010) }),
    withData(v.SendSelections, { year: year(2010) }),
  ] as ReadonlyArray<CampaignCommand>)('$type in a year outside the contest period is YearOutsidePeriod', (command) => {
    expect(when(command).thenFails('YearOutsidePeriod')).toStrictEqual({
      _tag: 'YearOutsidePeriod',
      field: 'year',
      year: 2010,
      period: '2009',
    });
  });

  it('accepts any year inside a contest that spans several', () => {
    const contest = withData(v.LaunchContest, { period: { from: year(2009), to: year(2010) } });
    const command = withData(v.SubmitEntries, { contestId: contest.data.contestId, year: year(2010) });
    given(campaignDecider, [...history, recorded(contest)]).when(command).then([recorded(command)]);
  });
});

describe('rule 8: dates lie in the year or period their fact is filed under', () => {
  it.each([
    ['startsOn', '2006-12-30', '2007', withData(v.HoldClass, { startsOn: isoDate('2006-12-30') })],
    ['endsOn', '2008-01-02', '2007', withData(v.HoldClass, { endsOn: isoDate('2008-01-02') })],
    ['startsOn', '2006-12-01', '2007', withData(v.ReportClasses, { startsOn: isoDate('2006-12-01') })],
    ['endsOn', '2008-01-01', '2007', withData(v.ReportClasses, { endsOn: isoDate('2008-01-01') })],
    ['heldOn', '2008-01-01', '2007', withData(v.HoldOutreachSession, { heldOn: isoDate('2008-01-01') })],
    ['formedOn', '2006-12-20', '2007', withData(v.FormSteeringCommittee, { formedOn: isoDate('2006-12-20') })],
    ['decidedOn', '2011-01-10', '2007-2010', withData(v.GrantAward, { decidedOn: isoDate('2011-01-10') })],
    ['distributedOn', '2009-01-01', '2008', withData(v.DistributeMaterials, { distributedOn: isoDate('2009-01-01') })],
    ['conductedOn', '2011-01-01', '2010', withData(v.ConductInspection, { conductedOn: isoDate('2011-01-01') })],
  ] as ReadonlyArray<readonly [string, string, string, CampaignCommand]>)('%s %s outside %s', (field, date, period, command) => {
    expect(when(command).thenFails('DateOutsidePeriod')).toStrictEqual({ _tag: 'DateOutsidePeriod', field, date, period });
  });

  it('accepts a steering committee formed on any date when it names no period', () => {
    const command = withoutData(withData(v.FormSteeringCommittee, { formedOn: isoDate('2006-12-20') }), 'period');
    when(command).then([recorded(command)]);
  });

  it('accepts a contest announced before its period', () => {
    const command = withData(v.LaunchContest, { launchedOn: isoDate('2008-12-01') });
    when(command).then([recorded(command)]);
  });

  it('accepts a document issued in any year', () => {
    const command = withData(v.RecordDocument, { issuedOn: isoDate('1999-01-01') });
    when(command).then([recorded(command)]);
  });

  it.each([
    withData(v.HoldClass, { startsOn: isoDate('2007-04-03'), endsOn: isoDate('2007-04-02') }),
    withData(v.ReportClasses, { startsOn: isoDate('2007-04-03'), endsOn: isoDate('2007-04-02') }),
  ] as ReadonlyArray<CampaignCommand>)('$type ending before it starts is InvalidDateRange', (command) => {
    expect(when(command).thenFails('InvalidDateRange')).toStrictEqual({
      _tag: 'InvalidDateRange',
      from: '2007-04-03',
      to: '2007-04-02',
    });
  });

  it('refuses a phase whose last year comes before its first', () => {
    const error = when(withData(v.DeclarePhase, { fromYear: year(2011), toYear: year(2010) })).thenFails('InvalidPeriod');
    expect(error).toStrictEqual({ _tag: 'InvalidPeriod', field: 'toYear', from: 2011, to: 2010 });
  });

  it.each([
    ['period', withData(v.DeclareResidentialAreas, { period: backwards })],
    ['period', withData(v.CountOrganisations, { period: backwards })],
    ['period', withData(v.FormSteeringCommittee, { period: backwards })],
    ['period', withData(v.ReportSteeringCommittees, { period: backwards })],
    ['period', withData(v.DesignatePilotUnit, { period: backwards })],
    ['period', withData(v.DeclareEligiblePopulation, { period: backwards })],
    ['period', withData(v.ReportClasses, { period: backwards })],
    ['period', withData(v.ReportParticipation, { period: backwards })],
    ['period', withData(v.ReportOutreach, { period: backwards })],
    ['period', withData(v.RecordCommitments, { period: backwards })],
    ['period', withData(v.LaunchContest, { period: backwards })],
    ['period', withData(v.GrantAward, { period: backwards })],
    ['period', withData(v.DistributeMaterials, { period: backwards })],
    ['period', withData(v.ConductInspection, { period: backwards })],
    ['figure.period', withData(v.ReportFigure, { figure: { measure: 'classes', period: backwards } })],
  ] as ReadonlyArray<readonly [string, CampaignCommand]>)('a backwards %s of %s is InvalidPeriod', (field, command) => {
    expect(when(command).thenFails('InvalidPeriod')).toStrictEqual({ _tag: 'InvalidPeriod', field, from: 2010, to: 2007 });
  });
});

describe('rule 9: a stated figure states something', () => {
  it('refuses a figure with no value, percentage or numerator', () => {
    const error = when(withoutData(v.ReportFigure, 'value')).thenFails('EmptyFigure');
    expect(error).toStrictEqual({ _tag: 'EmptyFigure', figureId: v.ReportFigure.data.figureId });
  });

  it.each([
    ['a percentage', withData(withoutData(v.ReportFigure, 'value'), { percent: { scaled: count(942), decimals: 1 } })],
    ['a numerator', withData(withoutData(v.ReportFigure, 'value'), { numerator: count(1795) })],
  ] as ReadonlyArray<readonly [string, CampaignCommand]>)('accepts a figure that states only %s', (_what, command) => {
    when(command).then([recorded(command)]);
  });

  it('refuses a qualifier of a percentage the figure does not state', () => {
    const error = when(withData(v.ReportFigure, { percentQualifier: 'more-than' })).thenFails('QualifierWithoutNumber');
    expect(error).toStrictEqual({ _tag: 'QualifierWithoutNumber', figureId: v.ReportFigure.data.figureId, field: 'percentQualifier' });
  });

  it('accepts "đạt trên 80%": a percentage alone, with its qualifier', () => {
    const command = withData(withoutData(v.ReportFigure, 'value'), { percent: { scaled: count(80), decimals: 0 }, percentQualifier: 'more-than' });
    when(command).then([recorded(command)]);
  });
});
