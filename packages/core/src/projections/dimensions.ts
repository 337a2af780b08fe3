/** The dimensions a figure key can fix and a fact can state. */
export type Dimension = 'bloc' | 'organiserLevel' | 'topicId' | 'category' | 'countUnit' | 'memberKind' | 'kind' | 'audience' | 'activity' | 'contestId';

/**
 * The dimensions that split a cell into slices: a summary that states one of them, where the cell
 * leaves it open, counts one slice of the cell (an organiser level, a bloc, an audience, a kind).
 * A topic names what was studied, not a slice of who or where: reports give the year's topic for
 * every class of the year, so it never makes a summary a slice.
 */
export const SLICING_DIMENSIONS: ReadonlyArray<Dimension> = ['bloc', 'organiserLevel', 'audience', 'memberKind', 'kind'];

/** Dimension values; an absent or undefined entry means "not stated" (for a fact) or "all" (for a cell). */
export type Dimensions = { readonly [D in Dimension]?: string | undefined };
