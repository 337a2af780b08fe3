import type * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { given } from '@campaign-ledger/testing';
import { history, launched, recorded, validCommands, withData } from '../../test/campaignFixtures';
import { type CampaignCommand, eventTypeOfCommand } from '../commands/campaignCommand';
import { campaignEventSpecs } from '../events/campaignEventSpecs';
import type { CampaignEvent, CampaignEventType } from '../events/campaignEvent';
import { describeDomainError } from '../errors/domainError';
import type { FieldsShape } from '../model/fields';
import type { NonEmptyText } from '../model/nonEmptyText';
import { isTermCodec } from '../model/termCodec';
import type { TermKind } from '../model/termKind';
import { campaignDecider } from './campaignDecider';

// A history's own terms: a kind of participant, defined with its relations, then used.

const asPrinted = (s: string): NonEmptyText => s as NonEmptyText;

const define = (termId: string, vi: string, relations: Partial<Pick<CampaignCommand & { type: 'DefineTerm' }, 'data'>['data']> = {}, kind: TermKind = 'participant-category') =>
  withData(validCommands.DefineTerm, {
    kind,
    termId,
    label: { vi: asPrinted(vi), en: asPrinted(termId) },
    broader: undefined,
    disjointWith: undefined,
    ...relations,
  });

// withData keeps fields set to undefined; a command as written leaves them out.
const clean = <C extends CampaignCommand>(command: C): C =>
  ({ ...command, data: Object.fromEntries(Object.entries(command.data).filter(([, v]) => v !== undefined)) }) as C;

const definedAfter = (events: ReadonlyArray<CampaignEvent>, ...commands: ReadonlyArray<CampaignCommand>): ReadonlyArray<CampaignEvent> =>
  commands.reduce<ReadonlyArray<CampaignEvent>>((done, command) => [...done, ...given(campaignDecider, done).when(clean(command)).then([recorded(clean(command))])], events);

const youth = define('youth-union-members', 'đoàn viên', { broader: ['union-members-pupils'] });
const association = define('association-members', 'hội viên', { broader: ['union-members-pupils'] });

describe('DefineTerm', () => {
  it('records TermDefined with its words normalised', () => {
    const command = clean(define('ethnic-minority-cadres', 'cán bộ  người dân tộc\u00a0thiểu số, Huyện uỷ', { broader: ['cadres-civil-servants'] }));
    given(campaignDecider, history)
      .when(command)
      .then([{ type: 'TermDefined', data: { ...command.data, label: { vi: 'cán bộ người dân tộc thiểu số, Huyện ủy' as NonEmptyText, en: 'ethnic-minority-cadres' as NonEmptyText } } }]);
  });

  it('lets later commands use the term, and later terms relate to it', () => {
    const events = definedAfter(history, youth, association, define('youth-and-association', 'đoàn viên, hội viên', { partitions: [['youth-union-members', 'association-members']] }));
    const participation = withData(validCommands.ReportParticipation, { category: 'youth-and-association' });
    given(campaignDecider, events).when(participation).then([recorded(participation)]);
  });

  it('refuses a term already defined, built in or by the history; the same id of another kind is another term', () => {
    expect(given(campaignDecider, history).when(clean(define('party-members', 'đảng viên (khác)'))).thenFails('DuplicateTerm')).toStrictEqual({
      _tag: 'DuplicateTerm',
      kind: 'participant-category',
      termId: 'party-members',
      builtIn: true,
    });
    const events = definedAfter(history, youth);
    expect(given(campaignDecider, events).when(clean(youth)).thenFails('DuplicateTerm').builtIn).toBe(false);
    definedAfter(events, define('youth-union-members', 'khối đoàn thanh niên', {}, 'bloc'));
  });

  it('refuses a Vietnamese label, as normalised, that already names a term of the kind', () => {
    const error = given(campaignDecider, history).when(clean(define('members', 'Đảng\u00a0viên'))).thenFails('DuplicateTermLabel');
    expect(error).toStrictEqual({ _tag: 'DuplicateTermLabel', kind: 'participant-category', label: 'Đảng\u00a0viên', existingTermId: 'party-members' });
  });

  it('refuses a relation to a term its kind does not define, naming the field and the known terms nearest first', () => {
    const error = given(campaignDecider, history).when(clean(define('pupils', 'học sinh', { broader: ['union-members-pupil'] }))).thenFails('UnknownTerm');
    expect(error).toMatchObject({ kind: 'participant-category', termId: 'union-members-pupil', field: 'broader.0' });
    expect(error.known[0]).toBe('union-members-pupils');
    // A term of another kind is not a term of this one.
    expect(given(campaignDecider, history).when(clean(define('pupils', 'học sinh', { disjointWith: ['rural'] }))).thenFails('UnknownTerm').field).toBe('disjointWith.0');
  });

  it('refuses a term related to itself, a cycle, and relations the vocabulary contradicts', () => {
    const fails = (command: CampaignCommand) => given(campaignDecider, history).when(clean(command)).thenFails('InvalidTermRelation');
    expect(fails(define('pupils', 'học sinh', { broader: ['pupils'] }))).toMatchObject({ field: 'broader.0', problem: 'self' });
    // Above the party members and below them at once.
    expect(fails(define('members', 'thành viên', { broader: ['party-members'], narrower: ['cadres-party-members-civil-servants'] }))).toMatchObject({
      field: 'narrower.0',
      problem: 'cycle',
    });
    // Party members that are disjoint from every party member.
    expect(fails(define('members', 'thành viên', { broader: ['party-members'], disjointWith: ['cadres-party-members-civil-servants'] }))).toMatchObject({
      field: 'disjointWith.0',
      problem: 'contradiction',
    });
    // Within both the public and the party members, which share no one.
    expect(fails(define('members', 'thành viên', { broader: ['public', 'party-members'] }))).toMatchObject({ field: 'broader.1', problem: 'contradiction' });
    // A partition into terms that are not disjoint: teachers are civil servants.
    expect(fails(define('staff', 'cán bộ, giáo viên (tất cả)', { partitions: [['civil-servants', 'teachers']] }))).toMatchObject({
      field: 'partitions.0.1',
      problem: 'contradiction',
    });
    expect(fails(define('staff', 'nhân viên', { partitions: [['teachers', 'teachers']] }))).toMatchObject({ field: 'partitions.0.1', problem: 'contradiction' });
    expect(describeDomainError(fails(define('pupils', 'học sinh', { broader: ['pupils'] })))).toBe(
      'broader.0: the participant-category pupils cannot be related so to pupils: a term is not related to itself',
    );
  });
});

// Every field of every command whose codec holds a term, with its kind.
interface TermField {
  readonly field: string;
  readonly kind: TermKind;
  readonly list: boolean;
}

const termFields = (type: CampaignEventType): ReadonlyArray<TermField> => {
  const shape = campaignEventSpecs[type].data as unknown as t.Mixed & Partial<FieldsShape>;
  const props: t.Props = { ...shape.required, ...shape.optional };
  return Object.entries(props).flatMap(([field, codec]): TermField[] => {
    if (isTermCodec(codec)) return [{ field, kind: codec.kind, list: false }];
    const item = (codec as { readonly type?: t.Mixed }).type;
    return item !== undefined && isTermCodec(item) ? [{ field, kind: item.kind, list: true }] : [];
  });
};

describe('a command that uses an undefined term', () => {
  const cases = Object.values(validCommands).flatMap((command) =>
    termFields(eventTypeOfCommand[command.type]).map((f) => [command.type, f.field, f.kind, f.list, command] as const),
  );

  it('covers every term field of the catalog', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(cases.map(([type, field]) => `${type}.${field}`)).toEqual(expect.arrayContaining(['ReportParticipation.category', 'GrantAward.decidingBody', 'HoldClass.audience']));
  });

  it.each(cases)('%s.%s is refused with UnknownTerm naming its kind, %s', (_type, field, kind, list, command) => {
    const written = withData(command, { [field]: list ? ['party-member'] : 'party-member' } as Partial<typeof command.data>);
    const error = given(campaignDecider, history).when(written).thenFails('UnknownTerm');
    expect(error).toMatchObject({ kind, termId: 'party-member', field: list ? `${field}.0` : field });
    expect(error.known.length).toBeGreaterThan(0);
  });

  it('offers the known terms of its kind, nearest first', () => {
    const command = withData(validCommands.ReportParticipation, { category: 'party-member' });
    const error = given(campaignDecider, history).when(command).thenFails('UnknownTerm');
    expect(error.known.slice(0, 2)).toEqual(['party-members', 'key-cadres']);
    expect(describeDomainError(error)).toBe(
      'category: no participant-category party-member is defined (known, nearest first: party-members, key-cadres, teachers, everyone, public, civil-servants, …)',
    );
  });

  it('is accepted once the history defines the term', () => {
    const command = withData(validCommands.ReportParticipation, { category: 'youth-union-members' });
    given(campaignDecider, definedAfter(history, youth)).when(command).then([recorded(command)]);
  });

  it('is refused in a stated figure, for every term its key fixes', () => {
    const stated = (figure: Record<string, unknown>) => withData(validCommands.ReportFigure, { figure: figure as never, parts: undefined });
    const fails = (figure: Record<string, unknown>) => given(campaignDecider, history).when(clean(stated(figure))).thenFails('UnknownTerm');
    expect(fails({ measure: 'participants', period: 2007, category: 'party-member', countUnit: 'person' })).toMatchObject({ field: 'figure.category' });
    expect(fails({ measure: 'awards', period: 2009, decidingBody: 'prime-minister' })).toMatchObject({ field: 'figure.decidingBody', kind: 'deciding-body' });
    expect(fails({ measure: 'acting-organisations', period: 2009, activity: 'held-studies' }).known[0]).toBe('held-study');
    expect(given(campaignDecider, history).when(clean(withData(validCommands.ReportFigure, { countUnit: 'household' }))).thenFails('UnknownTerm').field).toBe('countUnit');
  });
});

describe('the launch of a campaign', () => {
  it('needs no launch date: an article may not give one', () => {
    const { launchedOn: _none, ...data } = launched.data;
    given(campaignDecider, []).when({ type: 'LaunchCampaign', data }).then([{ type: 'CampaignLaunched', data }]);
  });
});
