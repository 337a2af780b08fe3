/** A term in the report's language and in English. */
export interface Label {
  readonly vi: string;
  readonly en: string;
}

/** Labels for every member of a string enumeration. */
export type Labels<K extends string> = { readonly [k in K]: Label };
