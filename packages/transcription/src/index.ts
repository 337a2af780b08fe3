// @campaign-ledger/transcription: a report transcribed as a data file, compiled into campaign-ledger commands.

// Numbers as reports write them: "3.573", "trên 12.360", "2.181/2.321, đạt 94,2%", "hàng trăm".
export { formatWrittenNumber, parseWrittenNumber } from './numbers/writtenNumber';
export type { WrittenNumber } from './numbers/writtenNumber';
export type { WrittenNumberError, WrittenNumberErrorTag } from './numbers/writtenNumberError';
export type { Qualifier, StatedPercent } from './numbers/statedShapes';
