export { parseRecords } from './parse-records.js'
export type {
  AsyncOnlyInput,
  DecodedEntry,
  FormOption,
  ParsedInput,
  ParseOptions,
  ParseResult,
  ReadAsynchronously,
  RecordOf,
} from './parse-records.js'
export { parseRecord, parseRecordsThese } from './fp.js'
export { parseRecordsAsync } from './parse-async.js'
export type { AsyncParseOptions } from './parse-async.js'
export type { Inflate } from '../read/bytes.js'
export { streamRecords } from './stream-records.js'
