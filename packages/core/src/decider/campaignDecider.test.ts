import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { given } from '@campaign-ledger/testing';
import { history, launched, provenance, recorded, validCommands, withData } from '../../test/campaignFixtures';
import { CampaignCommand, type CampaignCommandType } from '../commands/campaignCommand';
import { decodeWith } from '../errors/invalidInput';
import type { CampaignEvent } from '../events/campaignEvent';
import type { NonEmptyText } from '../model/nonEmptyText';
import { campaignDecider } from './campaignDecider';
import { campaignStreamName } from './campaignStreamName';

// Every other command is checked against `history`; LaunchCampaign only makes sense on an empty stream.
const historyFor = (c: CampaignCommand): ReadonlyArray<CampaignEvent> => (c.type === 'LaunchCampaign' ? [] : history);

// Text as a report may print it, before normalisation.
const asPrinted = (s: string): NonEmptyText => s as NonEmptyText;

describe('campaignStreamName', () => {
  it('names the stream of a campaign after its id', () => {
    expect(campaignStreamName('muong-te')).toBe('campaign-muong-te');
  });
});

describe('campaignDecider accepts every command type', () => {
  const pairs: ReadonlyArray<readonly [CampaignCommandType, CampaignEvent['type']]> = [
    ['LaunchCampaign', 'CampaignLaunched'],
    ['DefineTerm', 'TermDefined'],
    ['DeclarePhase', 'PhaseDeclared'],
    ['RecordDocument', 'DocumentRecorded'],
    ['RegisterOrganisation', 'OrganisationRegistered'],
    ['RegisterResidentialArea', 'ResidentialAreaRegistered'],
    ['DeclareResidentialAreas', 'ResidentialAreasDeclared'],
    ['CountOrganisations', 'OrganisationsCounted'],
    ['CountActingOrganisations', 'ActingOrganisationsCounted'],
    ['FormSteeringCommittee', 'SteeringCommitteeFormed'],
    ['ReportSteeringCommittees', 'SteeringCommitteesReported'],
    ['DesignatePilotUnit', 'PilotUnitDesignated'],
    ['DeclareEligiblePopulation', 'EligiblePopulationDeclared'],
    ['SetStudyTopic', 'StudyTopicSet'],
    ['HoldClass', 'ClassHeld'],
    ['RecordAttendance', 'AttendanceRecorded'],
    ['ReportClasses', 'ClassesReported'],
    ['ReportParticipation', 'ParticipationReported'],
    ['HoldOutreachSession', 'OutreachSessionHeld'],
    ['ReportOutreach', 'OutreachReported'],
    ['RecordCommitments', 'CommitmentsRecorded'],
    ['LaunchContest', 'ContestLaunched'],
    ['SubmitEntries', 'EntriesSubmitted'],
    ['ReportContestParticipation', 'ContestParticipationReported'],
    ['AwardPrizes', 'PrizesAwarded'],
    ['RateContestants', 'ContestantsRated'],
    ['SendSelections', 'SelectionsSent'],
    ['GrantAward', 'AwardGranted'],
    ['DistributeMaterials', 'MaterialsDistributed'],
    ['ConductInspection', 'InspectionConducted'],
    ['ReportFigure', 'FigureReported'],
    ['CorrectFact', 'FactCorrected'],
    ['RetractFact', 'FactRetracted'],
  ];

  it('has a case for each of the 33 commands', () => {
    expect(new Set(pairs.map(([c]) => c)).size).toBe(33);
    expect(Object.keys(validCommands).sort()).toEqual(pairs.map(([c]) => c).sort());
  });

  it.each(pairs)('%s records exactly one %s carrying the command data', (commandType, eventType) => {
    const command = validCommands[commandType];
    const [event] = given(campaignDecider, historyFor(command)).when(command).then([recorded(command)]);
    expect(event?.type).toBe(eventType);
  });
});

describe('campaignDecider refuses commands before the campaign is launched', () => {
  const others = Object.values(validCommands).filter((c) => c.type !== 'LaunchCampaign');

  it.each(others.map((c) => [c.type, c] as const))('%s on an empty stream is CampaignNotLaunched', (type, command) => {
    const error = given(campaignDecider, []).when(command).thenFails('CampaignNotLaunched');
    expect(error).toStrictEqual({ _tag: 'CampaignNotLaunched', commandType: type });
  });

  it('refuses a second launch with CampaignAlreadyLaunched', () => {
    const error = given(campaignDecider, [launched]).when(validCommands.LaunchCampaign).thenFails('CampaignAlreadyLaunched');
    expect(error.campaignId).toBe('muong-te');
  });
});

describe('campaignDecider normalises text on the way in', () => {
  it('stores "Huyện uỷ" as "Huyện ủy", folds non-breaking spaces, and keeps the quote as written', () => {
    const quote = 'ngày 26-11-2006, Ban Thường vụ Huyện uỷ đã ra Thông tri số\u00a007-TT/HU';
    const decoded = decodeWith(CampaignCommand, 'command')({
      type: 'RegisterOrganisation',
      data: {
        organisationId: 'org:phong-tho/huyen-uy',
        name: '  Huyện\u00a0uỷ Phong Thổ ',
        kind: 'district-committee',
        parentId: 'org:lai-chau/tinh-uy',
        provenance: { recordedBy: 'seed\u00a0importer', source: { document: 'Tạp chí Tuyên giáo Tỉnh uỷ', quote } },
      },
    });
    if (E.isLeft(decoded)) return expect.unreachable(decoded.left.message);

    const [event] = given(campaignDecider, history).when(decoded.right).then([
      {
        type: 'OrganisationRegistered',
        data: {
          organisationId: 'org:phong-tho/huyen-uy',
          name: 'Huyện ủy Phong Thổ',
          kind: 'district-committee',
          parentId: 'org:lai-chau/tinh-uy',
          provenance: { recordedBy: 'seed importer', source: { document: 'Tạp chí Tuyên giáo Tỉnh ủy', quote } },
        },
      } as CampaignEvent,
    ]);
    expect(event?.type === 'OrganisationRegistered' && event.data.provenance.source.quote).toBe(quote);
  });

  const printed = asPrinted('Phòng Văn hoá\u00a0và Thông tin Huyện uỷ');
  const normal = 'Phòng Văn hóa và Thông tin Huyện ủy' as NonEmptyText;

  it.each([
    ['LaunchCampaign.title', withData(validCommands.LaunchCampaign, { title: printed }), withData(validCommands.LaunchCampaign, { title: normal })],
    [
      'LaunchCampaign.directiveNumber',
      withData(validCommands.LaunchCampaign, { directiveNumber: asPrinted(' 06-CT/TW ') }),
      withData(validCommands.LaunchCampaign, { directiveNumber: '06-CT/TW' as NonEmptyText }),
    ],
    ['DeclarePhase.directive', withData(validCommands.DeclarePhase, { directive: asPrinted('03-CT/TW\u00a0') }), withData(validCommands.DeclarePhase, { directive: '03-CT/TW' as NonEmptyText })],
    ['DeclarePhase.title', withData(validCommands.DeclarePhase, { title: printed }), withData(validCommands.DeclarePhase, { title: normal })],
    ['RecordDocument.number', withData(validCommands.RecordDocument, { number: asPrinted('16-HD/BCĐ\u00a0') }), withData(validCommands.RecordDocument, { number: '16-HD/BCĐ' as NonEmptyText })],
    ['RecordDocument.title', withData(validCommands.RecordDocument, { title: printed }), withData(validCommands.RecordDocument, { title: normal })],
    ['RegisterOrganisation.name', withData(validCommands.RegisterOrganisation, { name: printed }), withData(validCommands.RegisterOrganisation, { name: normal })],
    ['RegisterResidentialArea.name', withData(validCommands.RegisterResidentialArea, { name: asPrinted('Bản  Huổi\u00a0Luông') }), withData(validCommands.RegisterResidentialArea, { name: 'Bản Huổi Luông' as NonEmptyText })],
    ['SetStudyTopic.title', withData(validCommands.SetStudyTopic, { title: printed }), withData(validCommands.SetStudyTopic, { title: normal })],
    ['SetStudyTopic.works', withData(validCommands.SetStudyTopic, { works: [printed, asPrinted('Di chúc ')] }), withData(validCommands.SetStudyTopic, { works: [normal, 'Di chúc' as NonEmptyText] })],
    ['HoldClass.title', withData(validCommands.HoldClass, { title: printed }), withData(validCommands.HoldClass, { title: normal })],
    ['LaunchContest.title', withData(validCommands.LaunchContest, { title: printed }), withData(validCommands.LaunchContest, { title: normal })],
    ['AwardPrizes.recipientName', withData(validCommands.AwardPrizes, { recipientName: printed }), withData(validCommands.AwardPrizes, { recipientName: normal })],
    ['GrantAward.recipientName', withData(validCommands.GrantAward, { recipientName: printed }), withData(validCommands.GrantAward, { recipientName: normal })],
    ['DistributeMaterials.title', withData(validCommands.DistributeMaterials, { title: printed }), withData(validCommands.DistributeMaterials, { title: normal })],
    ['ConductInspection.findings', withData(validCommands.ConductInspection, { findings: printed }), withData(validCommands.ConductInspection, { findings: normal })],
    [
      'ReportParticipation.provenance',
      withData(validCommands.ReportParticipation, {
        provenance: { recordedBy: asPrinted('Ban Tuyên giáo Huyện uỷ'), source: { ...provenance.source, document: printed, quote: printed } },
      }),
      withData(validCommands.ReportParticipation, {
        provenance: { recordedBy: 'Ban Tuyên giáo Huyện ủy' as NonEmptyText, source: { ...provenance.source, document: normal, quote: printed } },
      }),
    ],
  ] as ReadonlyArray<readonly [string, CampaignCommand, CampaignCommand]>)('normalises %s', (_field, command, expected) => {
    given(campaignDecider, historyFor(command)).when(command).then([recorded(expected)]);
  });

  it('leaves an absent optional text absent', () => {
    const { title: _omitted, ...data } = validCommands.HoldClass.data;
    const [event] = given(campaignDecider, history).when({ type: 'HoldClass', data }).then([{ type: 'ClassHeld', data }]);
    expect(event !== undefined && 'title' in event.data).toBe(false);
  });
});

describe('campaignDecider state', () => {
  const accepted = Object.values(validCommands)
    .filter((c) => c.type !== 'LaunchCampaign')
    .map(recorded);

  // The state as plain data: its sets and maps (persistent ones too) as arrays of their entries.
  const plain = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    if (Symbol.iterator in value) return Array.from(value as Iterable<unknown>, plain);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  };

  it('is not changed by evolve or decide', () => {
    const before = history.reduce(campaignDecider.evolve, campaignDecider.initialState());
    const snapshot = plain(before);
    for (const event of accepted) campaignDecider.evolve(before, event);
    for (const command of Object.values(validCommands)) campaignDecider.decide(command, before);
    expect(plain(before)).toStrictEqual(snapshot);
    expect((snapshot as { readonly facts: ReadonlyArray<string> }).facts.length).toBeGreaterThan(0);
  });

  it('remembers what it folded: the ids seen, the names, the contests, the attendance', () => {
    const state = history.reduce(campaignDecider.evolve, campaignDecider.initialState());
    expect(state.campaignId).toBe('muong-te');
    expect([...state.facts].sort()).toEqual(['fact:2007/classes/rural', 'fact:2007/eligible/party-members']);
    expect(state.organisations.get('org:muong-te/huyen-uy')).toStrictEqual({
      parentId: 'org:lai-chau/tinh-uy',
      nameKey: 'huyện ủy mường tè',
    });
    expect(state.contests.get('contest:2009/storytelling/district')).toBe(2009);
    expect([...(state.classes.get('class:2007/district') ?? [])]).toEqual(['class:2007/district/party-members/person']);
    expect([...state.steeringCommittees]).toEqual(['org:muong-te/huyen-uy']);
    expect([...state.pilotUnits]).toEqual(['org:muong-te/bum-to']);
  });

  it('starts empty', () => {
    const state = campaignDecider.initialState();
    expect(state.campaignId).toBeNull();
    expect(state.organisations.size + state.facts.size + state.classes.size + state.contests.size).toBe(0);
  });
});
