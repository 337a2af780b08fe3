/** The operations the bench times, in the order it runs and prints them. */
export const operationNames = ['command', 'bulk', 'bulk-copy', 'replay', 'replay-by-stream'] as const;

/** One operation the bench times. */
export type OperationName = (typeof operationNames)[number];

/** How each operation is headed in the table. */
export const operationTitles: Readonly<Record<OperationName, string>> = {
  command: 'command-style',
  bulk: 'bulk import',
  'bulk-copy': 'bulk (COPY)',
  replay: 'full replay',
  'replay-by-stream': 'replay by stream',
};

/** Whether a string names an operation. */
export const isOperationName = (s: string): s is OperationName => (operationNames as ReadonlyArray<string>).includes(s);
