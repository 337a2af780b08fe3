import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { validCommands } from '../../test/campaignFixtures';
import { AsOf } from '../audit/asOf';
import { decodeValidationRule } from '../audit/validationRule';
import { CampaignCommand } from '../commands/campaignCommand';
import { CampaignEvent } from '../events/campaignEvent';
import { decodeWith, problemsOf } from '../errors/invalidInput';
import { LogDigest } from '../integrity/logDigest';
import { FigureKey } from './figureKey';

// Nothing written is dropped in silence: a field no codec names is refused, at its own path,
// wherever it is written: a command, the event it records, a statement's figure key, a provenance,
// a rule, a point in time, a digest.

const decodeCommand = decodeWith(CampaignCommand, 'command');
const encodedCommands = Object.values(validCommands).map((c) => CampaignCommand.encode(c));

const pathsRefused = (result: E.Either<{ readonly problems: ReadonlyArray<{ readonly path: string }> }, unknown>): ReadonlyArray<string> =>
  E.isLeft(result) ? result.left.problems.map((p) => p.path) : [];

describe('no unknown field is accepted', () => {
  it.each(encodedCommands.map((c) => [c.type, c] as const))('in the data of %s', (_type, command) => {
    expect(E.isRight(decodeCommand(command))).toBe(true);
    expect(pathsRefused(decodeCommand({ ...command, data: { ...command.data, remark: 'not in the catalog' } }))).toEqual(['data.remark']);
  });

  it.each(encodedCommands.map((c) => [c.type, c] as const))('beside the type and data of %s', (_type, command) => {
    expect(pathsRefused(decodeCommand({ ...command, meta: {} }))).toEqual(['meta']);
  });

  it.each(encodedCommands.map((c) => [c.type, c] as const))('in the provenance of %s', (_type, command) => {
    const data = command.data as { readonly provenance: { readonly source: Record<string, unknown> } };
    const withSource = { ...command, data: { ...command.data, provenance: { ...data.provenance, source: { ...data.provenance.source, page: 3 } } } };
    expect(pathsRefused(decodeCommand(withSource))).toEqual(['data.provenance.source.page']);
  });

  it('in an event read back from a store', () => {
    const event = { type: 'ClassesReported', data: { ...CampaignCommand.encode(validCommands.ReportClasses).data, extra: true } };
    const decoded = CampaignEvent.decode(event);
    expect(E.isLeft(decoded) && problemsOf(decoded.left).map((p) => p.path)).toEqual(['data.extra']);
  });

  it('in the figure key of a statement, with the fields of its own measure, nearest first', () => {
    const statement = CampaignCommand.encode(validCommands.ReportFigure);
    const misspelt = { ...statement, data: { ...statement.data, figure: { measure: 'classes', period: 2009, organizerLevel: 'unit' } } };
    const error = decodeCommand(misspelt);
    expect(E.isLeft(error) && error.left.problems).toEqual([
      { path: 'data.figure.organizerLevel', expected: 'a known field (nearest first: organiserLevel, organisationId, measure, audience, period, bloc, …)', actual: '"unit"' },
    ]);
  });

  it('nor an unknown measure, which lists the known ones nearest first', () => {
    const decoded = FigureKey.decode({ measure: 'clases', period: 2009 });
    expect(E.isLeft(decoded) && problemsOf(decoded.left)).toEqual([
      { path: 'measure', expected: 'a measure of FigureKey, one of classes, prizes, awards, ratings, eligible, materials, …', actual: '"clases"' },
    ]);
  });

  it('in a point in time, a digest or a rule', () => {
    expect(E.isLeft(AsOf.decode({ _tag: 'Position', position: 4, at: '2010-01-01T00:00:00Z' }))).toBe(true);
    const digest = { format: 'campaign-ledger.log-digest/1', algorithm: 'sha256', headPosition: 0, headHash: '0'.repeat(64), eventCount: 0 };
    expect(E.isRight(LogDigest.decode(digest))).toBe(true);
    expect(E.isLeft(LogDigest.decode({ ...digest, signedBy: 'x' }))).toBe(true);
    const rule = decodeValidationRule({ id: 'r', name: 'r', left: [{ constant: 1 }], operator: 'equal-to', right: [{ constant: 1 }], importanc: 'high' });
    expect(E.isLeft(rule) && rule.left.problems.map((p) => p.path)).toEqual(['importanc']);
  });
});
