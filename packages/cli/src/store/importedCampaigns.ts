import type { CampaignEvent } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { type CliFailure, EXIT } from '../cliContext';

/** The campaigns launched among events, in order. */
export const launchedCampaigns = (events: ReadonlyArray<{ readonly event: CampaignEvent }>): ReadonlyArray<string> =>
  events.flatMap((e) => (e.event.type === 'CampaignLaunched' ? [e.event.data.campaignId as string] : []));

const listed = (campaigns: ReadonlyArray<string>): string => `the campaign${campaigns.length === 1 ? '' : 's'} ${campaigns.join(', ')}`;

/**
 * Whether events of `imported` campaigns may go into a store holding `held` ones, as `record`
 * decides for a transcription: yes when the store holds no other campaign, or when `--campaign`
 * names one of the file's campaigns, saying that the user means to keep several in one store.
 */
export const checkImportedCampaigns = (
  file: string,
  imported: ReadonlyArray<string>,
  held: ReadonlyArray<string>,
  named: string | undefined,
): E.Either<CliFailure, void> => {
  if (named !== undefined && !imported.includes(named)) {
    return E.left({ exitCode: EXIT.badInput, message: `${file} holds ${imported.length === 0 ? 'no campaign' : listed(imported)}, not ${named} (--campaign)` });
  }
  const others = held.filter((c) => !imported.includes(c));
  if (imported.length === 0 || others.length === 0 || named !== undefined) return E.right(undefined);
  return E.left({
    exitCode: EXIT.badInput,
    message: `the store holds ${listed(others)}, and ${file} holds ${imported.join(', ')}: nothing was imported; to keep both in this store, pass --campaign ${
      imported[0]
    }`,
  });
};
