import type { StoreTamper } from '@campaign-ledger/testing';
import type { ServerLog, ServerRecord } from './serverLog';

const metadataOf = (record: ServerRecord): Record<string, unknown> | undefined => {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(record.customMetadata).toString('utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The kit's tamper capability, played on the test server's storage: it stands for an attacker (or
 * a broken migration) with write access to the database files, who knows how the ledger lays out
 * its events (the global position in each event's metadata). It edits what the server stores and
 * touches no hash; after each edit the harness reopens its store, so nothing the store remembered
 * in memory hides the change.
 */
export const ledgerTamper = (log: ServerLog, headStream: string, reopen: () => void): StoreTamper => {
  const slotOf = (globalPosition: number): number => {
    const slot = log.records().findIndex((r) => {
      const metadata = metadataOf(r);
      return metadata?.['campaignLedger'] === headStream && metadata['globalPosition'] === globalPosition;
    });
    if (slot === -1) throw new RangeError(`tamper: no event of ledger ${headStream} at global position ${globalPosition}`);
    return slot;
  };
  const withPosition = (record: ServerRecord, globalPosition: number): Uint8Array =>
    Buffer.from(JSON.stringify({ ...metadataOf(record), globalPosition }), 'utf8');
  return {
    alterData: (globalPosition, data) => {
      const slot = slotOf(globalPosition);
      log.replace(slot, { ...(log.records()[slot] as ServerRecord), data: Buffer.from(JSON.stringify(data), 'utf8') });
      reopen();
    },
    writeRawData: (globalPosition, text) => {
      const slot = slotOf(globalPosition);
      log.replace(slot, { ...(log.records()[slot] as ServerRecord), data: Buffer.from(text, 'utf8') });
      reopen();
    },
    deleteEvent: (globalPosition) => {
      log.remove(slotOf(globalPosition));
      reopen();
    },
    swapEvents: (a, b) => {
      const [i, j] = [slotOf(a), slotOf(b)];
      const [first, second] = [log.records()[i] as ServerRecord, log.records()[j] as ServerRecord];
      log.replace(i, { ...second, customMetadata: withPosition(second, a) });
      log.replace(j, { ...first, customMetadata: withPosition(first, b) });
      reopen();
    },
  };
};
