import { EVENTS_FILE_FORMAT } from '@campaign-ledger/html-report';
import * as t from 'io-ts';
import { interchangeRecord } from './interchangeRecord';
import { CampaignOrLog, Count } from './interchangeScalars';

/** The format of an events file: its name and version. A change that an older reader would misread gets a new version. */
export const INTERCHANGE_FORMAT = EVENTS_FILE_FORMAT;

/** The first line of an events file: the format, what the file holds, and how many events follow, so that a file cut at a line's end is told from a whole one. */
export const InterchangeHeader = interchangeRecord('the header line', {
  format: t.literal(INTERCHANGE_FORMAT, INTERCHANGE_FORMAT),
  campaign: CampaignOrLog,
  eventCount: Count,
});
/** The header line of an events file. */
export type InterchangeHeader = t.TypeOf<typeof InterchangeHeader>;
