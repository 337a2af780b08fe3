import type { CampaignEvent, EventStore } from '@campaign-ledger/core';
import type { StoreSpec } from './store/storeSpec';

/** What every command is given: where the user ran the tool, the store they named, and where to write. */
export interface CliContext {
  /** The directory relative paths are resolved from: where the user ran the tool (INIT_CWD under npm). */
  readonly cwd: string;
  readonly store: StoreSpec;
  /** `--campaign`: the campaign to work on, when the store holds several or a file names another. */
  readonly campaign?: string;
  readonly quiet: boolean;
  readonly stdout: NodeJS.WritableStream & { readonly isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The stores' clock (tests make runs repeat exactly). */
  readonly clock?: () => Date;
}

/** How a command ends: its exit code. 0 done; 1 a check failed (an audit finding, a broken log); 2 bad input; 3 the store cannot be used. */
export const EXIT = { ok: 0, checkFailed: 1, badInput: 2, storeUnavailable: 3 } as const;

/** A command's failure: one line for stderr, and the exit code. */
export interface CliFailure {
  readonly exitCode: number;
  readonly message: string;
}

/** An open store, closed when the command ends. */
export type OpenedStore = EventStore<CampaignEvent>;
