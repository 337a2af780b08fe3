import picocolors from 'picocolors';
import type { CliContext } from '../cliContext';

/** Colours for one stream: only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export const coloursFor = (stream: CliContext['stderr'], env: CliContext['env']) =>
  picocolors.createColors(stream.isTTY === true && (env['NO_COLOR'] === undefined || env['NO_COLOR'] === ''));

/** The colours of a stream. */
export type Colours = ReturnType<typeof coloursFor>;

/** No colour at all: what every text is written with off a terminal. */
export const plain: Colours = picocolors.createColors(false);
