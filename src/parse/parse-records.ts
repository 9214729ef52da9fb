import { describeValue } from '../errors/excerpt.js'
import { makeIssue } from '../errors/make-issue.js'
import { appendPath } from '../errors/report.js'
import type { ParseIssue } from '../errors/issue.js'
import { isGzip } from '../read/bytes.js'
import { utf8TextSync } from '../read/utf8-sync.js'
import type { AnyCloudTrailRecord, CloudTrailRecord } from '../record/record.js'
import type { RecordForm, StoredRecord } from '../record/stored.js'
import { singleEntries } from '../sources/entry.js'
import type { SingleEntry, SourceEntry } from '../sources/entry.js'
import { TextUnwrapper } from '../sources/text-unwrapper.js'
import { unwrapText, unwrapValue } from '../sources/unwrap.js'
import type { SourceKind } from '../sources/unwrap.js'
import type { OperationMismatchPolicy } from '../services/mismatch-policy.js'
import type { AnyService } from '../services/service.js'
import { decodeRecord, decodesAsIs, operationCheck } from './decode-record.js'

/**
 * Options of {@link parseRecords} and the other entry points.
 *
 * @example
 * ```ts
 * const options: ParseOptions = { source: 'logFile', only: { eventSources: ['support.amazonaws.com'] } }
 * ```
 */
export interface ParseOptions {
  /** The input's kind; `auto` (the default) recognises it by its shape. */
  readonly source?: SourceKind
  /**
   * The services whose operations are checked while parsing (each imported
   * from its entry, `cloudtrail-codecs/aws/<name>`): a record of one of their
   * operations must match the operation's codec (see `onOperationMismatch`).
   * Records of other services are generic records, never an issue for their
   * payloads. None by default.
   */
  readonly services?: ReadonlyArray<AnyService>
  /** What to do with a checked operation whose payload does not match its codec; default `'issue'`. */
  readonly onOperationMismatch?: OperationMismatchPolicy
  /**
   * Decode only records of these event sources and/or event names. Other
   * records are not validated: they are returned untouched in `skipped`.
   * Records with no `eventSource` (Insights events) are skipped by an
   * `eventSources` filter.
   */
  readonly only?: {
    readonly eventSources?: ReadonlyArray<string>
    readonly eventNames?: ReadonlyArray<string>
  }
}

/**
 * The `form` option of {@link parseRecords}, {@link parseRecord} and
 * {@link parseRecordsThese}: the form the records are in.
 *
 * @example
 * ```ts
 * const options: ParseOptions & FormOption = { form: 'stored', only: { eventSources: ['sts.amazonaws.com'] } }
 * ```
 */
export interface FormOption {
  /**
   * `'cloudtrail'` (the default): records as CloudTrail writes them; a value
   * CloudTrail never writes is an issue. `'stored'`: records as data lakes and
   * SIEMs store them (Athena or Glue exports, Panther, Splunk): `eventTime`
   * with a space and no zone, no `eventVersion`, `readOnly` and
   * `managementEvent` as `"true"`/`"false"`; they decode as `StoredRecord`,
   * every value kept as it came.
   */
  readonly form?: RecordForm
}

/**
 * The record type the options give: `StoredRecord` for `form: 'stored'`,
 * `CloudTrailRecord` for `form: 'cloudtrail'` or no form, either when the form
 * is not known until run time.
 *
 * @typeParam O - the type of the options
 *
 * @example
 * ```ts
 * type Stored = RecordOf<{ form: 'stored' }>   // StoredRecord
 * type Plain = RecordOf<{}>                    // CloudTrailRecord
 * ```
 */
export type RecordOf<O> = 'form' extends keyof O
  ? [O[keyof O & 'form']] extends ['stored']
    ? StoredRecord
    : [O[keyof O & 'form']] extends ['cloudtrail' | undefined]
      ? CloudTrailRecord
      : CloudTrailRecord | StoredRecord
  : CloudTrailRecord

/**
 * Inputs only the asynchronous readers take: a `Blob`, a web
 * `ReadableStream`, a Node `Readable` or another async iterable, and a
 * promise. `parseRecords` reads synchronously, so it does not compile with one
 * (see {@link ReadAsynchronously}), and at run time gives an `input` issue.
 *
 * @example
 * ```ts
 * const body: AsyncOnlyInput = new Blob(['{"Records": []}'])
 * const { records } = await parseRecordsAsync(body)
 * ```
 */
export type AsyncOnlyInput = Blob | ReadableStream<unknown> | AsyncIterable<unknown> | PromiseLike<unknown>

/**
 * What `parseRecords` asks for in place of an {@link AsyncOnlyInput}, so that
 * the compiler's message says what to do: no value has this type.
 *
 * @example
 * ```ts
 * // parseRecords(new Blob([text]))
 * // error: Argument of type 'Blob' is not assignable to parameter of type 'ReadAsynchronously'.
 * const { records } = await parseRecordsAsync(new Blob([text]))
 * ```
 */
export interface ReadAsynchronously {
  /** Marks the type; never present. */
  readonly 'a Blob, a stream, an async iterable or a promise: read it with parseRecordsAsync or streamRecords (await a promise first)': never
}

/**
 * A parsed JSON value for `parseRecords`: anything but an
 * {@link AsyncOnlyInput}, for which it is {@link ReadAsynchronously}.
 *
 * @typeParam V - the type of the value given
 *
 * @example
 * ```ts
 * const value: ParsedInput<unknown> = JSON.parse(text)
 * ```
 */
export type ParsedInput<V> = V extends AsyncOnlyInput ? ReadAsynchronously : V

/**
 * What {@link parseRecords} returns. Every record of the input is accounted for
 * exactly once: in `records`, in `issues` (with its index and raw value), or in
 * `skipped` (when the `only` filter left it out).
 *
 * @typeParam R - the type of the records: `CloudTrailRecord`, or `StoredRecord` with `form: 'stored'`
 *
 * @example
 * ```ts
 * const { records, issues, skipped }: ParseResult = parseRecords(text)
 * ```
 */
export interface ParseResult<R = CloudTrailRecord> {
  /** The records that decoded, in input order; each is the very object that was parsed. */
  readonly records: R[]
  /** Everything that did not decode, in input order. */
  readonly issues: ParseIssue[]
  /** Records the `only` filter left out, untouched and undecoded. */
  readonly skipped: unknown[]
}

/** Compiles the `only` option into a cheap predicate over raw records. */
export function recordFilter(only: ParseOptions['only']): ((raw: unknown) => boolean) | undefined {
  if (only === undefined) return undefined
  const sources = only.eventSources === undefined ? undefined : new Set(only.eventSources)
  const names = only.eventNames === undefined ? undefined : new Set(only.eventNames)
  return (raw) => {
    if (typeof raw !== 'object' || raw === null) return true
    const { eventSource, eventName } = raw as { eventSource?: unknown; eventName?: unknown }
    return (
      (sources === undefined || (typeof eventSource === 'string' && sources.has(eventSource))) &&
      (names === undefined || (typeof eventName === 'string' && names.has(eventName)))
    )
  }
}

/**
 * One source entry after decoding: a record with its index, an issue, or a
 * record the `only` filter left out. This is what `streamRecords` yields.
 *
 * @typeParam R - the type of the records: `CloudTrailRecord`, or `StoredRecord` with `form: 'stored'`
 *
 * @example
 * ```ts
 * for await (const entry of streamRecords(body)) {
 *   if (entry.kind === 'record') console.log(entry.index, entry.record.eventTime)
 *   else if (entry.kind === 'issue') console.warn(entry.issue.message)
 * }
 * ```
 */
export type DecodedEntry<R = CloudTrailRecord> =
  | { readonly kind: 'record'; readonly record: R; readonly index: number }
  | { readonly kind: 'issue'; readonly issue: ParseIssue }
  | { readonly kind: 'skipped'; readonly value: unknown; readonly index: number }

/**
 * Makes the step that decodes source entries one at a time, numbering
 * records in input order ({@link collect} does the same without an object per
 * entry).
 *
 * @param options - the parse options
 * @returns a function that decodes the next entry
 */
export function entryDecoder<const O extends ParseOptions & FormOption = ParseOptions>(
  options: O = {} as O,
): (entry: SingleEntry) => DecodedEntry<RecordOf<O>> {
  const keep = recordFilter(options.only)
  const find = operationCheck(options)
  const form = options.form ?? 'cloudtrail'
  let index = 0
  return (entry) => {
    if (entry.kind === 'issue') return { kind: 'issue', issue: makeIssue(entry.issue, entry.perRecord ? index++ : undefined) }
    const at = index++
    if (keep !== undefined && !keep(entry.value)) return { kind: 'skipped', value: entry.value, index: at }
    const outcome = decodeRecord(entry.value, at, entry.location, find, form)
    return outcome.ok ? { kind: 'record', record: outcome.record as RecordOf<O>, index: at } : { kind: 'issue', issue: outcome.issue }
  }
}

/**
 * Decodes a sequence of source entries into a result; shared by every entry
 * point but the streaming reader. What {@link entryDecoder} does, without an
 * object per record: the elements of a `records` entry are checked in a
 * plain loop, and a record's path is made only for an issue.
 *
 * @param entries - what `sources/` yielded
 * @param options - the parse options
 * @returns records, issues and skipped records
 */
export function collect<const O extends ParseOptions & FormOption = ParseOptions>(
  entries: Iterable<SourceEntry>,
  options: O = {} as O,
): ParseResult<RecordOf<O>> {
  const records: AnyCloudTrailRecord[] = []
  const issues: ParseIssue[] = []
  const skipped: unknown[] = []
  const keep = recordFilter(options.only)
  const find = operationCheck(options)
  const form = options.form ?? 'cloudtrail'
  let index = 0
  /** Decodes one record; `element` is its index in the array at `location`, if it is in one. */
  const take = (raw: unknown, location: string, element: number | undefined): void => {
    const at = index++
    if (keep !== undefined && !keep(raw)) skipped.push(raw)
    else if (decodesAsIs(raw, find, form)) records.push(raw)
    else {
      const outcome = decodeRecord(raw, at, element === undefined ? location : appendPath(location, element), find, form)
      if (outcome.ok) records.push(outcome.record)
      else issues.push(outcome.issue)
    }
  }
  for (const entry of entries) {
    if (entry.kind === 'issue') issues.push(makeIssue(entry.issue, entry.perRecord ? index++ : undefined))
    else if (entry.kind === 'record') take(entry.value, entry.location, undefined)
    else for (let i = 0; i < entry.values.length; i++) take(entry.values[i], entry.location, i)
  }
  return { records: records as Array<RecordOf<O>>, issues, skipped }
}

/** An `input` issue for an input `parseRecords` cannot read synchronously: what it is, and what to call instead. */
function readAsynchronously(found: string, detail: string): SourceEntry {
  return {
    kind: 'issue',
    perRecord: false,
    issue: {
      kind: 'input',
      problems: [{ path: '$', expected: 'JSON text, UTF-8 bytes of it, or a parsed value', found }],
      detail,
    },
  }
}

const READ_ASYNC = 'call parseRecordsAsync(input), or streamRecords(input) for an input of any size'

/** The first characters of base64 text of gzip bytes (`1f 8b 08`), as Kinesis and Firehose carry them. */
const BASE64_GZIP = 'H4sI'

/** JSON text that is base64 of gzip (no JSON text starts with `H`) needs inflating, which the asynchronous readers do. */
function isBase64Gzip(text: string): boolean {
  return text.trimStart().startsWith(BASE64_GZIP)
}

/** The entries of JSON text, or the issue for base64 of gzip. */
function* entriesOfText(text: string, source: SourceKind): Generator<SourceEntry> {
  if (isBase64Gzip(text)) {
    yield readAsynchronously(
      describeValue(text.trimStart().slice(0, 20)),
      `the input is base64 of gzip data (H4sI...), which parseRecords cannot inflate (it reads synchronously): ${READ_ASYNC}, which decode base64 and inflate gzip`,
    )
  } else yield* unwrapText(text, source)
}

/** The first bytes, as hex, for an issue. */
function describeBytes(bytes: Uint8Array): string {
  const head = Array.from(bytes.subarray(0, 4), (b) => `0x${b.toString(16).padStart(2, '0')}`).join(' ')
  return bytes.length > 4 ? `${head} …` : head
}

/** The bytes of a byte input `parseRecords` takes, as one view. */
function bytesOf(input: ArrayBuffer | ArrayBufferView): Uint8Array {
  if (input instanceof Uint8Array) return input
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
  return new Uint8Array(input)
}

/**
 * The entries of bytes: UTF-8 text, read as a string is. Gzip (`1f 8b`)
 * cannot be inflated synchronously without `node:zlib`: one `input` issue
 * names the readers that inflate it. Bytes that are not UTF-8 give the
 * records before them and the `encoding` issue of the asynchronous readers.
 */
function* entriesOfBytes(input: ArrayBuffer | ArrayBufferView, source: SourceKind): Generator<SourceEntry> {
  const bytes = bytesOf(input)
  if (isGzip(bytes)) {
    yield readAsynchronously(
      `${describeBytes(bytes)} (gzip bytes)`,
      `the input is gzip data (a .json.gz log file as S3 stores it), which parseRecords cannot inflate (it reads synchronously): ${READ_ASYNC}, which inflate gzip, or inflate it first (gunzipSync from node:zlib)`,
    )
    return
  }
  const { text, failure } = utf8TextSync(bytes)
  if (failure === undefined) {
    yield* entriesOfText(text, source)
    return
  }
  // As the asynchronous readers do: the values complete before the failure are kept, a value it cuts is dropped.
  const unwrapper = new TextUnwrapper(source, (value, location) => unwrapValue(value, source, location))
  for (const entry of unwrapper.push(text)) yield* singleEntries(entry)
  for (const entry of unwrapper.abort()) yield* singleEntries(entry)
  yield { kind: 'issue', perRecord: false, issue: failure }
}

function isBytes(input: unknown): input is ArrayBuffer | ArrayBufferView {
  return input instanceof ArrayBuffer || ArrayBuffer.isView(input)
}

function hasMethod(u: unknown, name: PropertyKey): boolean {
  return typeof u === 'object' && u !== null && typeof (u as Record<PropertyKey, unknown>)[name] === 'function'
}

/** What an input only the asynchronous readers take is, for its issue; `undefined` for any other input. */
function asyncOnlyKind(input: unknown): string | undefined {
  if (typeof Blob === 'function' && input instanceof Blob) return 'a Blob'
  if (hasMethod(input, 'getReader')) return 'a ReadableStream'
  if (hasMethod(input, Symbol.asyncIterator)) return 'a stream or an async iterable'
  if (hasMethod(input, 'then')) return 'a promise'
  return undefined
}

/** The entries of any input `parseRecords` is given. */
function entriesOf(input: unknown, source: SourceKind): Iterable<SourceEntry> {
  if (typeof input === 'string') return entriesOfText(input, source)
  if (isBytes(input)) return entriesOfBytes(input, source)
  const kind = asyncOnlyKind(input)
  if (kind === 'a promise') return [readAsynchronously(kind, 'the input is a promise: await it, and pass what it resolves to')]
  if (kind !== undefined) return [readAsynchronously(kind, `the input is ${kind}, which parseRecords cannot read (it reads synchronously): ${READ_ASYNC}`)]
  return unwrapValue(input, source)
}

/**
 * Reads CloudTrail records from JSON text, UTF-8 bytes of it, or an
 * already-parsed value, and never throws.
 *
 * Accepts a log file `{"Records": [...]}`, one record, an array of records,
 * NDJSON text, an EventBridge event (also inside an SNS notification), a
 * LookupEvents response or event, a decoded CloudWatch Logs subscription
 * payload, and CloudTrail Lake query results. A UTF-8 byte order mark is
 * skipped.
 *
 * - `input` a string: JSON text.
 * - `input` bytes (a `Uint8Array`, so a Node `Buffer` such as
 *   `readFileSync(file)` gives, an `ArrayBuffer` or another view): UTF-8 JSON
 *   text, decoded with a fatal decoder; bytes that are not UTF-8 give the
 *   records before them and an `encoding` issue, as with
 *   `parseRecordsAsync`. Gzip bytes (`1f 8b`, a `.json.gz` object) cannot be
 *   inflated synchronously: they give one `input` issue that names
 *   `parseRecordsAsync` and `streamRecords`, which inflate them; so does
 *   base64 of gzip (`H4sI...`).
 * - `input` any other value: a parsed JSON value. A `Blob`, a stream, an async
 *   iterable or a promise does not compile (the asynchronous readers take
 *   them), and gives an `input` issue at run time.
 *
 * Returns every record that decoded and an issue for everything else: each
 * issue names the record index, the JSON path, what was expected and what was
 * found, and keeps the raw record. One bad record never costs the others.
 * Records are returned as the very objects that were parsed: nothing is copied,
 * added or dropped. With `form: 'stored'`, records are read in the form data
 * lakes and SIEMs store them in, and typed `StoredRecord`.
 *
 * @param input - JSON text, UTF-8 bytes of it, or a parsed value
 * @param options - the source kind, the services to check, the mismatch policy, a filter, the form
 * @returns the records, the issues and the records the filter skipped
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { isEventRecord, parseRecords } from 'cloudtrail-codecs'
 * import { support } from 'cloudtrail-codecs/aws/support'
 *
 * const { records, issues } = parseRecords(readFileSync('CloudTrail-log.json'), { services: [support] })
 * for (const issue of issues) console.warn(issue.message)
 * for (const event of records) {
 *   if (!isEventRecord(event)) continue   // an Insights event
 *   console.log(event.eventSource, event.eventName)
 *   if (support.operations.CreateCase.is(event)) console.log(event.requestParameters?.severityCode, event.responseElements?.caseId)
 * }
 * ```
 */
export function parseRecords<const O extends ParseOptions & FormOption = ParseOptions>(input: string, options?: O): ParseResult<RecordOf<O>>
export function parseRecords<const O extends ParseOptions & FormOption = ParseOptions>(
  input: Uint8Array | ArrayBuffer | ArrayBufferView,
  options?: O,
): ParseResult<RecordOf<O>>
export function parseRecords<V, const O extends ParseOptions & FormOption = ParseOptions>(input: ParsedInput<V>, options?: O): ParseResult<RecordOf<O>>
export function parseRecords(input: unknown, options: ParseOptions & FormOption = {}): ParseResult<AnyCloudTrailRecord> {
  return collect(entriesOf(input, options.source ?? 'auto'), options)
}
