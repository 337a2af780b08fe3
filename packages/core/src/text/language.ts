/** The languages a report is written in: the report's own (Vietnamese) or English. */
export type Language = 'vi' | 'en';
