import { type CatalogEntry, readCatalog } from '@campaign-ledger/core';

/** One command of the catalog, indexed by field: what the compiler reads to turn written text into a command. */
export interface CommandShape {
  readonly command: string;
  readonly event: string;
  readonly fields: ReadonlyMap<string, { readonly type: string; readonly required: boolean }>;
}

const shapeOf = (entry: CatalogEntry): CommandShape => ({
  command: entry.command,
  event: entry.event,
  fields: new Map(entry.fields.map((f) => [f.name, { type: f.type, required: f.required }])),
});

/** The commands a transcription's facts may use: not statements (`states`), and not corrections, which a changed file records itself. */
const NOT_FACTS: ReadonlySet<string> = new Set(['ReportFigure', 'CorrectFact', 'RetractFact']);

/** Every command of the core's catalog, by command type. */
export const commandShapes: ReadonlyMap<string, CommandShape> = new Map(readCatalog().map((e) => [e.command, shapeOf(e)]));

/** The command types a fact entry may name, in catalog order. */
export const factCommandTypes: ReadonlyArray<string> = [...commandShapes.keys()].filter((c) => !NOT_FACTS.has(c));

/** The event type a command records. */
export const eventTypeOf = (command: string): string => commandShapes.get(command)?.event ?? command;
