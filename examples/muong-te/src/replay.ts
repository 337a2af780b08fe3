import {
  CampaignCommand,
  type CampaignEvent,
  type EventStore,
  campaignDecider,
  campaignDomainDate,
  campaignStreamName,
  describeHandleCommandError,
  handleCommand,
} from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { CAMPAIGN_ID, type Command } from './history/source';

/** Why the replay of a history stopped: which command, and the library's one-line reason. */
export interface ReplayFailure {
  readonly _tag: 'ReplayFailed';
  readonly index: number;
  readonly commandType: string;
  readonly message: string;
}

/**
 * Records a history command by command through the library's public API: each command is decoded,
 * decided against the ledger's current state and appended with the expected revision.
 */
export const replayHistory = async (
  store: EventStore<CampaignEvent>,
  commands: ReadonlyArray<Command>,
  options: { readonly newId?: () => string; readonly onProgress?: (done: number, total: number) => void } = {},
): Promise<E.Either<ReplayFailure, number>> => {
  const stream = campaignStreamName(CAMPAIGN_ID);
  for (const [index, command] of commands.entries()) {
    const result = await handleCommand({
      store,
      decider: campaignDecider,
      stream,
      command,
      commandCodec: CampaignCommand,
      domainDateOf: campaignDomainDate,
      ...(options.newId === undefined ? {} : { newId: options.newId }),
    })();
    if (E.isLeft(result)) {
      return E.left({ _tag: 'ReplayFailed', index, commandType: command.type, message: describeHandleCommandError(result.left) });
    }
    options.onProgress?.(index + 1, commands.length);
  }
  return E.right(commands.length);
};
