import { awards } from './awards';
import { contests } from './contests';
import { direction } from './direction';
import { setup } from './setup';
import type { Command } from './source';
import { year2007 } from './year2007';
import { year2008 } from './year2008';
import { year2009 } from './year2009';
import { year2010 } from './year2010';

export { CAMPAIGN_ID, REPORT, RECORDER, org, contest, doc } from './source';

/**
 * The Mường Tè report 2007–2010 as commands, in the order of the report: set-up and direction,
 * then year by year, then contests and awards. Each cites the sentence it was read from.
 */
export const muongTeHistory: ReadonlyArray<Command> = [
  ...setup,
  ...direction,
  ...year2007,
  ...year2008,
  ...year2009,
  ...year2010,
  ...contests,
  ...awards,
];
