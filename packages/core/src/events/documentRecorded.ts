import { normalizing } from '../decider/normalizeFields';
import { newId, known, organisation, term } from '../decider/rules';
import { rememberId } from '../decider/stateUpdates';
import { type Codec, declared } from '../model/declaredCodec';
import { DocumentKind, DocumentPurpose } from '../model/documentVocabulary';
import { fields } from '../model/fields';
import { Id } from '../model/identifiers';
import { IsoDate } from '../model/isoDate';
import { NonEmptyText } from '../model/nonEmptyText';
import { Provenance } from '../model/provenance';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The payload of DocumentRecorded. */
export interface DocumentRecordedData {
  documentId: Id;
  number: NonEmptyText;
  kind: DocumentKind;
  issuerId: Id;
  purpose: DocumentPurpose;
  provenance: Provenance;
  issuedOn?: IsoDate;
  title?: NonEmptyText;
  phaseId?: Id;
}
/** The payload of DocumentRecorded. */
export const DocumentRecordedData: Codec<DocumentRecordedData> = declared<DocumentRecordedData>()(
  fields(
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
  ),
);

/** A document that launches, guides or plans the campaign (Thông tri 07-TT/HU, Hướng dẫn 16-HD/BCĐ, Kế hoạch 01-KH/BTG). */
export interface DocumentRecorded {
  type: 'DocumentRecorded';
  data: DocumentRecordedData;
}
/** A document that launches, guides or plans the campaign (Thông tri 07-TT/HU, Hướng dẫn 16-HD/BCĐ, Kế hoạch 01-KH/BTG). */
export const DocumentRecorded: Codec<DocumentRecorded> = tagged<DocumentRecorded>()('DocumentRecorded', DocumentRecordedData);

/** Asks to record DocumentRecorded: a document that launches, guides or plans the campaign (Thông tri 07-TT/HU, Hướng dẫn 16-HD/BCĐ, Kế hoạch 01-KH/BTG). */
export interface RecordDocument {
  type: 'RecordDocument';
  data: DocumentRecordedData;
}
/** Asks to record DocumentRecorded. */
export const RecordDocument: Codec<RecordDocument> = tagged<RecordDocument>()('RecordDocument', DocumentRecordedData);

/** How the ledger handles DocumentRecorded: its codecs, the rules of RecordDocument, and how each fold takes it in. */
export const documentRecordedSpec: EventSpec<'DocumentRecorded'> = {
  codec: DocumentRecorded,
  data: DocumentRecordedData,
  command: { type: 'RecordDocument', codec: RecordDocument },
  catalog: { grain: 'registry', says: 'a circular, guidance or plan that launches or guides the campaign' },
  factId: (d) => d.documentId,
  decide: {
    identity: newId('document', 'documentId'),
    references: [organisation('issuerId'), known('phase', 'phaseId'), term('document-kind', 'kind')],
    record: normalizing(['number', 'title']),
  },
  evolve: rememberId('document', 'documentId'),
  domainDate: (d) => d.issuedOn ?? null,
  registry: 'documents',
  partNumber: () => undefined,
  correction: null,
};
