import { figureKeyShapes } from '@campaign-ledger/core';
import { factCommandTypes } from '../compile/catalogIndex';
import { DOCUMENT_FIELDS } from './sheetLayout';
import type { WrittenSheet } from './sheetTable';

const measures = figureKeyShapes().map((s) => s.measure as string);

/** The README sheet a written workbook opens on: what to write in each sheet and column. The reader never reads it. */
export const readmeSheet = (): WrittenSheet => ({
  sheet: 'README',
  columns: ['sheet', 'column', 'what to write'],
  rows: [
    ['', '', 'One workbook is one report, transcribed sentence by sentence. Every column is formatted as text: type each value, and each number, exactly as the report writes it (3.573, trên 12.360, 2.181/2.321, đạt 94,2%). Sheets and columns are found by their names, in any order; a sheet or a column not named here is an error. This sheet is never read.'],
    ['document', 'field, value', `One row per field of the report: ${DOCUMENT_FIELDS.join(', ')}. id, campaign, title and scope (the organisation the report speaks for) are required; the launch.* rows only in the first report recorded into a campaign.`],
    ['terms', 'kind, termId, label.vi, label.en', 'A term the report uses that the vocabulary lacks (the fields of DefineTerm): its kind, its id and its words in Vietnamese and English.'],
    ['terms', 'broader, narrower, overlaps, disjointWith', 'Term ids, separated by commas.'],
    ['terms', 'partitions', 'Groups of term ids that together make the term: ids separated by commas, groups by semicolons (a, b; c, d).'],
    ['terms, organisations', 'quote, at, source', 'Where the report names it: the sentence quoted and its place (12.2), or another document it cites.'],
    ['organisations', 'id, name, kind, parent, bloc', 'One row per organisation the report names; parent is the id of the organisation above it.'],
    ['statements', 'sentence', 'The place of the sentence in the report: paragraph.sentence, such as 9.2.'],
    ['statements, facts', 'quote', 'The sentence, verbatim. Rows with the same sentence and quote are one sentence; a row that leaves the quote empty continues the sentence of the nearest row above it at the same place.'],
    ['statements, facts', 'year, organisation', "The sentence's year (2009, 2007-2010) and organisation: what its figures and facts take when they give none (by default the document's scope). Rows of one sentence give the same or leave them empty; a figure's own year or organisation goes in dimensions (organisation=all for a figure over every organisation), a fact's in fields."],
    ['statements, facts', 'source', 'Another document the sentence cites, for what the report takes from it (in place of a quote).'],
    ['statements, facts', 'record', 'Empty or yes: the row is recorded. no: the row is kept here as a note and not recorded.'],
    ['statements', 'category', 'The participant category of the figure (participants, eligible, participation-rate): everyone, party-members, ...'],
    ['statements', 'measure', `What the figure counts: ${measures.join(', ')}.`],
    ['statements', 'number', 'The number as the report writes it: 3.573, trên 12.360, 117/160, 2.181/2.321, đạt 94,2%, 1.917, đạt 91%, hàng trăm.'],
    ['statements', 'unit', 'What is counted: người, lượt, or a unit id (person, attendance).'],
    ['statements', 'qualifier', 'A word the report writes before the number, when typed apart from it: trên, hơn, ít nhất, gần, khoảng. It is read together with the number.'],
    ['statements', 'id', "The figure's id (figure:2009/participants); left empty, one is made from the document, the place and the row."],
    ['statements', 'parts', 'The ids of the facts the report presents the figure as the total of, separated by commas.'],
    ['statements', 'dimensions', "The figure's other dimensions as name=value; name=value: bloc=agencies; organiserLevel=unit; contestId=...; organisation=all."],
    ['statements', '', 'A row with a sentence and no figure (measure, number, ... empty) names a sentence that states none: its facts are in the facts sheet, and the row keeps its place among the sentences.'],
    ['facts', 'command', `The command that records the fact: ${factCommandTypes.join(', ')}.`],
    [
      'facts',
      'fields',
      "The command's fields as name=value; name=value, numbers as written: factId=fact:2009/classes/units; count=28; organiserLevel=unit. year, organisation and unit stand for the command's period (or year), organisationId and countUnit. A list: the name repeated (works=...; works=...), or ids separated by commas (coOrganiserIds=org:a, org:b). A field of a field: label.vi=... A value holding a semicolon: the whole name=value in double quotes.",
    ],
    ['CSV', '', 'The same sheets in one CSV file: each sheet begins with a line holding its name in brackets ([document], [statements], ...), then its header row and its rows. Problems are reported at the line of the file.'],
  ],
});
