import * as t from 'io-ts';
import { fields } from '../model/fields';
import { DocumentKind, DocumentPurpose } from '../model/documentVocabulary';
import { Id } from '../model/identifiers';
import { IsoDate } from '../model/isoDate';
import { NonEmptyText } from '../model/nonEmptyText';
import { Provenance } from '../model/provenance';

/** The payload of DocumentRecorded. */
export const DocumentRecordedData = fields(
  {
    documentId: Id,
    number: NonEmptyText,
    kind: DocumentKind,
    issuerId: Id,
    purpose: DocumentPurpose,
    provenance: Provenance,
  },
  {
    issuedOn: IsoDate,
    title: NonEmptyText,
    phaseId: Id,
  },
  'DocumentRecordedData',
);
/** The payload of DocumentRecorded. */
export type DocumentRecordedData = t.TypeOf<typeof DocumentRecordedData>;

/** A document that launches, guides or plans the campaign (Thông tri 07-TT/HU, Hướng dẫn 16-HD/BCĐ, Kế hoạch 01-KH/BTG). */
export const DocumentRecorded = t.type({ type: t.literal('DocumentRecorded'), data: DocumentRecordedData }, 'DocumentRecorded');
/** A document that launches, guides or plans the campaign (Thông tri 07-TT/HU, Hướng dẫn 16-HD/BCĐ, Kế hoạch 01-KH/BTG). */
export type DocumentRecorded = t.TypeOf<typeof DocumentRecorded>;
