import { figureKeyShapes, readCatalog } from '@campaign-ledger/core';
import type * as t from 'io-ts';
import type { ClosedRecordC } from '../format/closedRecord';
import { FORMAT_VERSION } from '../format/scalars';
import { LaunchEntry, OrganisationEntry, SentenceEntry, TermEntry, TranscribedDocument, Transcription } from '../format/transcriptionCodec';
import { factCommandTypes } from '../compile/catalogIndex';

type JsonSchema = Readonly<Record<string, unknown>>;

/** Text as written; a YAML editor reads an unquoted 2009 or 28 as a number, which the reader takes as its text. */
const WRITTEN: JsonSchema = { type: ['string', 'integer'] };
const TEXT: JsonSchema = { type: 'string', minLength: 1 };
const PLACE: JsonSchema = { type: ['string', 'number'], pattern: '^[1-9][0-9]*(\\.[1-9][0-9]*)?$', description: 'paragraph.sentence, such as "12.2"' };

// The JSON Schema of each scalar codec of the format, by name.
const SCALARS: Readonly<Record<string, JsonSchema>> = {
  Text: TEXT,
  Written: WRITTEN,
  Place: PLACE,
  Value: {},
  FormatVersion: { type: ['integer', 'string'], const: FORMAT_VERSION },
};

// The JSON Schema of each type of the core's catalog: numbers and years as written, terms and ids as text.
const fieldSchema = (type: string): JsonSchema => {
  if (type === 'Count' || type === 'Period' || type === 'Year') return WRITTEN;
  if (type.startsWith('Array<')) return { type: 'array', items: type === 'Array<TermPartition>' ? { type: 'array', items: TEXT } : WRITTEN };
  if (type === 'TermLabel') return { type: 'object', properties: { vi: TEXT, en: TEXT }, required: ['vi', 'en'], additionalProperties: false };
  return TEXT;
};

const recordSchema = (codec: Pick<ClosedRecordC<t.Props, t.Props>, 'required' | 'optional' | 'description'>, overrides: Readonly<Record<string, JsonSchema>> = {}): JsonSchema => ({
  type: 'object',
  description: codec.description,
  properties: Object.fromEntries(
    Object.entries({ ...codec.required, ...codec.optional }).map(([name, c]) => [name, overrides[name] ?? SCALARS[c.name] ?? fieldSchema(c.name)]),
  ),
  required: Object.keys(codec.required),
  additionalProperties: false,
});

// A fact: one command type as its only key, with the command's fields and the shorthand year, organisation and unit.
const factSchema = (): JsonSchema => {
  const catalog = new Map(readCatalog().map((e) => [e.command, e]));
  return {
    description: 'A fact: one command as its only key, with its fields; numbers as the report writes them.',
    oneOf: factCommandTypes.map((command) => {
      const fields = (catalog.get(command)?.fields ?? []).filter((f) => f.name !== 'provenance');
      const names = new Set(fields.map((f) => f.name));
      const shorthand = {
        ...(names.has('period') || names.has('year') ? { year: WRITTEN } : {}),
        ...(names.has('organisationId') ? { organisation: TEXT } : {}),
        ...(names.has('countUnit') ? { unit: TEXT } : {}),
      };
      return {
        type: 'object',
        properties: {
          [command]: {
            type: 'object',
            properties: { ...Object.fromEntries(fields.map((f) => [f.name, fieldSchema(f.type)])), ...shorthand },
            additionalProperties: false,
          },
        },
        required: [command],
        additionalProperties: false,
      };
    }),
  };
};

// A statement: the measure, the number as written, and the dimensions any measure's key takes.
const statementSchema = (): JsonSchema => {
  const shapes = figureKeyShapes();
  const dimensions = [...new Set(shapes.flatMap((s) => [...s.required, ...s.optional]))].filter((d) => d !== 'period' && d !== 'organisationId');
  return {
    type: 'object',
    description: 'A figure as the sentence states it.',
    properties: {
      figure: { enum: shapes.map((s) => s.measure) },
      number: { ...WRITTEN, description: 'as the report writes it: "1.854", "trên 12.360", "2.181/2.321, đạt 94,2%"' },
      unit: TEXT,
      id: TEXT,
      parts: { type: 'array', items: TEXT },
      year: WRITTEN,
      period: WRITTEN,
      organisation: TEXT,
      ...Object.fromEntries(dimensions.map((d) => [d, TEXT])),
    },
    required: ['figure', 'number'],
    additionalProperties: false,
  };
};

/**
 * The JSON Schema (draft 2020-12) of a transcription, format version 1, for editors: it is written
 * from the same codecs the reader decodes with, and from the core's catalog of commands and figure
 * keys, so it names every field the reader accepts. The reader remains the judge: terms, ids and
 * numbers are checked when the file is recorded.
 */
export const transcriptionJsonSchema = (): JsonSchema => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `https://campaign-ledger.dev/schema/transcription-v${FORMAT_VERSION}.schema.json`,
  title: 'campaign-ledger report transcription',
  ...recordSchema(Transcription, {
    document: recordSchema(TranscribedDocument),
    launch: recordSchema(LaunchEntry),
    terms: { type: 'array', items: recordSchema(TermEntry) },
    organisations: { type: 'array', items: recordSchema(OrganisationEntry) },
    sentences: {
      type: 'array',
      items: recordSchema(SentenceEntry, { facts: { type: 'array', items: factSchema() }, states: { type: 'array', items: statementSchema() } }),
    },
  }),
});
