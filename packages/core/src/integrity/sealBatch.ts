import { isSha256Hex, type ChainLinks, type EventSeal, type SealedContent } from './eventSeal';
import { hashEvent } from './hashEvent';

/**
 * Seals the events of one append, in order: the first links to the heads the store read inside
 * its transaction (the hash of the log's last event and of the stream's last event, GENESIS_HASH
 * where there is none), each next one to the one before it in both chains. Returns each content
 * with its hash and links, ready to be stored. Throws a RangeError on a programmer error: heads
 * that are not hashes, or contents that are not consecutive positions and revisions of one stream.
 *
 * @example
 * const heads = { previousGlobalHash: lastOfLog?.hash ?? GENESIS_HASH, previousStreamHash: lastOfStream?.hash ?? GENESIS_HASH };
 * const rows = sealBatch(heads, contents); // inside the transaction that inserts them
 */
export const sealBatch = <C extends SealedContent>(heads: ChainLinks, contents: ReadonlyArray<C>): ReadonlyArray<C & EventSeal> => {
  if (!isSha256Hex(heads.previousGlobalHash) || !isSha256Hex(heads.previousStreamHash)) {
    throw new RangeError('sealBatch: the heads must be 64 lower-case hex digits (GENESIS_HASH when there is no predecessor)');
  }
  const sealed: Array<C & EventSeal> = [];
  let links: ChainLinks = heads;
  for (const [i, content] of contents.entries()) {
    const first = contents[0] as C;
    if (content.stream !== first.stream || content.globalPosition !== first.globalPosition + i || content.streamRevision !== first.streamRevision + i) {
      throw new RangeError(`sealBatch: content #${i} is not the next position and revision of stream ${first.stream}`);
    }
    // One copy per event: the content with its links is hashed, then takes its hash.
    const linked: C & ChainLinks & { hash?: string } = { ...content, ...links };
    const hash = hashEvent(linked);
    linked.hash = hash;
    sealed.push(linked as C & EventSeal);
    links = { previousStreamHash: hash, previousGlobalHash: hash };
  }
  return sealed;
};
