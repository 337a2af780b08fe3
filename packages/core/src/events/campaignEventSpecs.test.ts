import { describe, expect, it } from 'vitest';
import { eventTypeOfCommand } from '../commands/campaignCommand';
import { known, newId, organisation } from '../decider/rules';
import { registryNames } from '../projections/campaignFacts';
import { campaignEventTypes } from './campaignEvent';
import { campaignEventSpecs } from './campaignEventSpecs';
import type { ClassHeldData } from './classHeld';
import type { CampaignEventSpecs, EventSpec } from './eventSpec';
import { correctableEventTypes } from './factCorrected';

describe('the spec table', () => {
  it('has one entry per event type, in catalog order, each with its own codecs and command', () => {
    expect(campaignEventTypes).toHaveLength(33);
    expect(campaignEventTypes[0]).toBe('CampaignLaunched');
    expect(campaignEventTypes.slice(31)).toEqual(['FactCorrected', 'FactRetracted']);
    for (const type of campaignEventTypes) {
      const spec = campaignEventSpecs[type];
      expect(spec.codec.name).toBe(type);
      expect(spec.data.name).toBe(`${type}Data`);
      expect(spec.command.codec.name).toBe(spec.command.type);
      expect(eventTypeOfCommand[spec.command.type]).toBe(type);
    }
    expect(new Set(campaignEventTypes.map((type) => campaignEventSpecs[type].command.type)).size).toBe(33);
  });

  it('keeps each registry of the facts projection for exactly one event type', () => {
    const kept = campaignEventTypes.flatMap((type) => {
      const registry = campaignEventSpecs[type].registry;
      return registry === null ? [] : [[registry, type] as const];
    });
    expect(kept.map(([registry]) => registry).sort()).toEqual([...registryNames].sort());
    expect(Object.fromEntries(kept)).toMatchObject({ terms: 'TermDefined', organisations: 'OrganisationRegistered', classes: 'ClassHeld', contests: 'ContestLaunched' });
  });

  it('lets corrections replace counted facts and stated figures, never registry facts, corrections or retractions', () => {
    const grainOf = (type: string) => campaignEventSpecs[type as keyof CampaignEventSpecs].catalog.grain;
    expect(correctableEventTypes).toHaveLength(22);
    expect(correctableEventTypes).toContain('ClassHeld');
    expect(correctableEventTypes).toContain('FigureReported');
    for (const type of campaignEventTypes) {
      if (grainOf(type) === 'summary') expect(correctableEventTypes).toContain(type);
      if (grainOf(type) === 'registry' || grainOf(type) === 'correction') expect(correctableEventTypes).not.toContain(type);
    }
  });
});

describe('the spec table type', () => {
  it('does not compile without an entry for every event type, nor with an entry that misses a handler', () => {
    const { ClassHeld: classHeld, ...withoutClassHeld } = campaignEventSpecs;
    // @ts-expect-error the entry of ClassHeld is missing
    const missingEntry: CampaignEventSpecs = withoutClassHeld;
    const { domainDate: _domainDate, ...withoutDomainDate } = classHeld;
    // @ts-expect-error the entry of ClassHeld has no domainDate handler
    const missingHandler: CampaignEventSpecs = { ...campaignEventSpecs, ClassHeld: withoutDomainDate };
    const { decide: _decide, ...withoutRules } = classHeld;
    // @ts-expect-error the entry of ClassHeld has no rules for its command
    const missingRules: EventSpec<'ClassHeld'> = withoutRules;
    expect(Object.keys(missingEntry)).toHaveLength(32);
    expect(missingHandler.ClassHeld).not.toHaveProperty('domainDate');
    expect(missingRules).not.toHaveProperty('decide');
  });

  it('does not compile when a correctable type says nothing of its versions, or keeps its facts in a registry of another type', () => {
    const classHeld = campaignEventSpecs.ClassHeld;
    // @ts-expect-error a correction may replace a ClassHeld, so its versions must have a value
    const noCorrection: EventSpec<'ClassHeld'> = { ...classHeld, correction: null };
    // @ts-expect-error the organisations registry keeps OrganisationRegistered facts, not classes
    const wrongRegistry: EventSpec<'ClassHeld'> = { ...classHeld, registry: 'organisations' };
    // @ts-expect-error a registry fact is not corrected
    const correctedRegistry: EventSpec<'StudyTopicSet'> = { ...campaignEventSpecs.StudyTopicSet, correction: classHeld.correction };
    expect([noCorrection.correction, wrongRegistry.registry, correctedRegistry.correction]).toEqual([null, 'organisations', classHeld.correction]);
  });

  it('does not compile a rule that names a field its data does not have, or one of another type', () => {
    // @ts-expect-error ClassHeldData has no field clasId
    const misspelt = newId<ClassHeldData>('class', 'clasId');
    // @ts-expect-error year is a number, not an organisation id
    const notAnId = organisation<ClassHeldData>('year');
    const fine = known<ClassHeldData>('topic', 'topicId');
    expect([typeof misspelt, typeof notAnId, typeof fine]).toEqual(['function', 'function', 'function']);
  });
});
