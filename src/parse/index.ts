export { parseRecords } from './parse-records.js'
export type { ParseOptions, ParseResult } from './parse-records.js'
export type { OperationMismatchPolicy } from './decode-record.js'
export { parseRecord, parseRecordsThese } from './fp.js'
