import type { CampaignCommandInput } from '@campaign-ledger/core';

// The core does not export Qualifier or StatedPercent by name; both are read off the ReportFigure
// command as an application builds it (plain numbers, no brands), so a written number's fields go
// into that command as they are and follow the core if it changes.
type ReportFigureInput = Extract<CampaignCommandInput, { type: 'ReportFigure' }>['data'];

/** How a report hedged a number: 'more-than' | 'at-least' | 'nearly' | 'about' | 'hundreds-of' | 'thousands-of'. */
export type Qualifier = NonNullable<ReportFigureInput['qualifier']>;

/** A percentage as the report printed it: 94,2% is `{ scaled: 942, decimals: 1 }`; decimals are 0 to 3. */
export type StatedPercent = NonNullable<ReportFigureInput['percent']>;
