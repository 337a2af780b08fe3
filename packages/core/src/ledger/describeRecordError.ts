import { describeHandleCommandError } from '../commandHandling/handleCommand';
import type { RecordError } from './campaignLedger';

/**
 * Why `record` recorded nothing, in one line: the input's problems with their paths, the rule
 * the command broke, the store's answer, or the campaign it was meant for.
 *
 * @example
 * const recorded = await ledger.record(command)();
 * if (E.isLeft(recorded)) console.error(describeRecordError(recorded.left));
 */
export const describeRecordError = (e: RecordError): string =>
  e._tag === 'CampaignMismatch'
    ? `this ledger records the campaign ${e.expected}; the command launches the campaign ${e.found}`
    : describeHandleCommandError(e);
