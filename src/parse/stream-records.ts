import { makeIssue } from '../errors/make-issue.js'
import { appendPath } from '../errors/report.js'
import { unwrapInput } from '../sources/unwrap-input.js'
import type { EntryBatch } from '../sources/unwrap-input.js'
import { decodeRecord, decodesAsIs, operationCheck } from './decode-record.js'
import type { FindOperation } from './decode-record.js'
import { readOptions } from './parse-async.js'
import type { AsyncParseOptions } from './parse-async.js'
import { recordFilter } from './parse-records.js'
import type { DecodedEntry } from './parse-records.js'

/**
 * Decodes one raw record numbered `index`, found at `path` or, when
 * `element` is given, at `path[element]`: that path is made only for an issue.
 */
function decoded(
  raw: unknown,
  index: number,
  path: string,
  element: number | undefined,
  keep: ((raw: unknown) => boolean) | undefined,
  find: FindOperation,
): DecodedEntry {
  if (keep !== undefined && !keep(raw)) return { kind: 'skipped', value: raw, index }
  if (decodesAsIs(raw, find)) return { kind: 'record', record: raw, index }
  const outcome = decodeRecord(raw, index, element === undefined ? path : appendPath(path, element), find)
  return outcome.ok ? { kind: 'record', record: outcome.record, index } : { kind: 'issue', issue: outcome.issue }
}

/**
 * Reads CloudTrail records one at a time from an input of any size, and never
 * throws: yields each decoded record (`{ kind: 'record', record, index }`),
 * each issue (`{ kind: 'issue', issue }`) and each record the `only` filter
 * left out (`{ kind: 'skipped', value, index }`), in input order.
 *
 * Takes what {@link parseRecordsAsync} takes. A log file `{"Records":[...]}`,
 * a top-level array, NDJSON and objects written back to back are split into
 * records by a string-aware scanner that only finds record boundaries and
 * hands their text to `JSON.parse` (the whole records a chunk of a log file
 * holds in one call; when that fails, each record alone, so that one that is
 * not JSON is an issue of its own); records are yielded as soon as
 * they are complete, so memory stays bounded by the largest record, not the
 * input, and chunk boundaries (inside strings, escapes or multi-byte
 * characters) do not matter. Other wrappers are small and read whole. The
 * input is read only as fast as the loop asks for records; leaving the loop
 * early cancels it.
 *
 * @param input - bytes, a stream of bytes, text, or a parsed value
 * @param options - the options of `parseRecords`, and `maxBytes` (pass `Infinity` for exports larger than 512 MiB)
 * @returns the decoded entries, one at a time
 *
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs'
 * import { streamRecords } from 'cloudtrail-codecs'
 *
 * for await (const entry of streamRecords(createReadStream('export.json.gz'), { maxBytes: Infinity })) {
 *   if (entry.kind === 'record') console.log(entry.index, entry.record.eventTime)
 *   else if (entry.kind === 'issue') console.warn(entry.issue.message)
 * }
 * ```
 */
export function streamRecords(input: unknown, options: AsyncParseOptions = {}): AsyncGenerator<DecodedEntry, void, undefined> {
  return new RecordStream(unwrapInput(input, readOptions(options)), options)
}

/** The result of a finished stream: a new object each time, as a generator gives. */
function done(): IteratorReturnResult<void> {
  return { done: true, value: undefined }
}

/**
 * What {@link streamRecords} returns: an async generator written by hand.
 * Each batch of entries that the reader hands on is decoded at once by a
 * plain function, and `next` hands the decoded entries out one by one
 * without a generator's machinery: an async generator that decodes and
 * yields each record costs the optimizing compiler tens of milliseconds per
 * read, and its resumption costs each record a few more promises. It
 * behaves as the generator did: one entry at a time, in order; `return`
 * (leaving a `for await` loop) stops the input; calls made while one is
 * pending wait their turn.
 */
class RecordStream implements AsyncGenerator<DecodedEntry, void, undefined> {
  private readonly keep: ((raw: unknown) => boolean) | undefined
  private readonly find: FindOperation
  private index = 0
  private entries: DecodedEntry[] = []
  private at = 0
  private finished = false
  /** The call in progress that reads the next batch, which the calls after it wait for. */
  private pending: Promise<unknown> | undefined

  constructor(
    private readonly batches: AsyncGenerator<EntryBatch>,
    options: AsyncParseOptions,
  ) {
    this.keep = recordFilter(options.only)
    this.find = operationCheck(options)
  }

  [Symbol.asyncIterator](): this {
    return this
  }

  next(): Promise<IteratorResult<DecodedEntry, void>> {
    if (this.pending === undefined && this.at < this.entries.length) {
      const value = this.entries[this.at] as DecodedEntry
      this.entries[this.at++] = undefined as unknown as DecodedEntry
      return Promise.resolve({ done: false, value })
    }
    return this.serially(() => this.read())
  }

  return(): Promise<IteratorResult<DecodedEntry, void>> {
    return this.serially(async () => {
      this.stop()
      await this.batches.return(undefined)
      return done()
    })
  }

  throw(error: unknown): Promise<IteratorResult<DecodedEntry, void>> {
    return this.serially(async () => {
      this.stop()
      await this.batches.return(undefined)
      throw error
    })
  }

  /** Runs `step` after the calls before it, as a generator does. */
  private serially<T>(step: () => Promise<T>): Promise<T> {
    const before = this.pending
    const run = before === undefined ? step() : before.then(step, step)
    this.pending = run
    // Registered before the caller's own reaction, so a next() made when this one has settled takes the quick way.
    const clear = (): void => {
      if (this.pending === run) this.pending = undefined
    }
    run.then(clear, clear)
    return run
  }

  /** The next entry, reading and decoding batches until there is one. */
  private async read(): Promise<IteratorResult<DecodedEntry, void>> {
    while (this.at >= this.entries.length) {
      if (this.finished) return done()
      let next: IteratorResult<EntryBatch>
      try {
        next = await this.batches.next()
      } catch (error) {
        this.stop()
        throw error
      }
      if (next.done === true) {
        this.stop()
        return done()
      }
      this.entries = this.decodeBatch(next.value)
      this.at = 0
    }
    const value = this.entries[this.at] as DecodedEntry
    this.entries[this.at++] = undefined as unknown as DecodedEntry
    return { done: false, value }
  }

  private stop(): void {
    this.finished = true
    this.entries = []
    this.at = 0
  }

  /** Decodes the records of a batch, in order, numbering them. */
  private decodeBatch(batch: EntryBatch): DecodedEntry[] {
    const out: DecodedEntry[] = []
    const { keep, find } = this
    for (const entry of batch) {
      if (entry.kind === 'run') {
        const { values, path, first } = entry
        for (let i = 0; i < values.length; i++) out.push(decoded(values[i], this.index++, path, first + i, keep, find))
      } else if (entry.kind === 'record') out.push(decoded(entry.value, this.index++, entry.location, undefined, keep, find))
      else out.push({ kind: 'issue', issue: makeIssue(entry.issue, entry.perRecord ? this.index++ : undefined) })
    }
    return out
  }
}
