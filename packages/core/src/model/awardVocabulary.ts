import * as t from 'io-ts';
import { oneOf } from './codecFailures';
import type { Labels } from './labels';
import { type TermId, termCodec } from './termCodec';

/**
 * Where an award stands (a term of kind `award-stage`): proposed by a unit to the district (đề
 * nghị), decided by the district standing committee (quyết định), proposed to the province, or
 * decided by the province; or the generic `proposed` and `decided`, with the deciding body beside.
 */
export const AwardStage = termCodec('award-stage', 'AwardStage');
/** Where an award stands. */
export type AwardStage = TermId;

/**
 * A reward (khen thưởng) or a commendation (biểu dương), counted separately (a term of kind
 * `award-kind`). Proposals often name both at once ("đề nghị biểu dương, khen thưởng"): that is
 * `reward-or-commendation`.
 */
export const AwardKind = termCodec('award-kind', 'AwardKind');
/** A reward, a commendation, or a proposal for either. */
export type AwardKind = TermId;

/** The instrument of an award (a term of kind `award-instrument`): giấy khen, bằng khen, cờ thi đua. */
export const AwardInstrument = termCodec('award-instrument', 'AwardInstrument');
/** The instrument of an award. */
export type AwardInstrument = TermId;

/**
 * Who decided an award (a term of kind `deciding-body`): the district standing committee, a
 * People's Committee, the Prime Minister, ... Statements of different bodies are never compared
 * with each other's totals.
 */
export const DecidingBody = termCodec('deciding-body', 'DecidingBody');
/** Who decided an award. */
export type DecidingBody = TermId;

/**
 * Who receives an award: a collective (tập thể, a unit) or an individual (cá nhân). A closed
 * list: every award goes to one or the other, and the audit compares collectives with
 * collectives.
 */
export const RecipientKind = oneOf({ collective: null, individual: null }, 'RecipientKind');
/** Who receives an award. */
export type RecipientKind = t.TypeOf<typeof RecipientKind>;

/** The report's words for each recipient kind. */
export const recipientKindLabels: Labels<RecipientKind> = {
  collective: { vi: 'tập thể', en: 'collectives' },
  individual: { vi: 'cá nhân', en: 'individuals' },
};
