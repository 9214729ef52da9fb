import { describeValue } from '../errors/excerpt.js'
import type { IssueDraft } from '../errors/make-issue.js'
import { appendPath } from '../errors/report.js'
import { JsonSplitter } from '../read/json-splitter.js'
import type { ContainerEnd, ContainerKind, SplitHandler } from '../read/json-splitter.js'
import { parseJson } from '../read/json-text.js'
import type { RecordRun, SourceEntry } from './entry.js'
import { nested, unwrapItem } from './list.js'
import type { SourceKind } from './list.js'
import { isLambdaRecord, unwrapLambdaRecord } from './sns.js'

/** Unwraps one parsed top-level value found at `location`. */
export type TopLevelUnwrap<Extra> = (value: unknown, location: string) => Iterable<SourceEntry | Extra>

/** A top-level value whose location waits until the splitter knows whether another value follows. */
interface PendingValue {
  readonly text: string
  readonly offset: number
  readonly line: number
}

function jsonIssue(offset: number, excerpt: string, detail: string, location?: string): SourceEntry {
  const issue: IssueDraft = {
    kind: 'json',
    problems: [{ path: '$', expected: 'JSON text', found: describeValue(excerpt) }],
    detail,
    position: offset,
    ...(location === undefined ? {} : { location }),
  }
  return { kind: 'issue', perRecord: false, issue }
}

/**
 * The issue for a log file with a second `Records` key after the streamed
 * one: its elements are not read as records, and are kept in `raw`.
 */
function duplicateRecordsIssue(records: ReadonlyArray<unknown>, location: string, offset: number): SourceEntry {
  return {
    kind: 'issue',
    perRecord: false,
    issue: {
      kind: 'input',
      problems: [{ path: '$', expected: 'one Records key', found: `a second Records array of ${records.length} elements` }],
      detail: `the log file has a second "Records" key, with ${records.length} more elements, after the Records array read here: they are not read as records but kept in this issue's raw (JSON.parse, and so parseRecords on the whole text, keeps only the last "Records" key)`,
      location,
      position: offset,
      raw: records,
    },
  }
}

/**
 * Turns JSON text that arrives in chunks into source entries: it splits the
 * text into values with a {@link JsonSplitter}, parses each value or element
 * with `JSON.parse`, and unwraps it.
 *
 * Locations: when the input holds one top-level value, paths start at `$`
 * (`$.Records[3]`); when it holds several (NDJSON, concatenated objects),
 * each value is named by the line it starts on (`line 7`, `line 7.Records[3]`).
 * A log file or array at the very start is streamed before the splitter can
 * know, so its paths start at `$` either way. Positions are offsets in the
 * whole text.
 *
 * @typeParam Extra - what the top-level hook may yield besides entries
 */
export class TextUnwrapper<Extra = never> implements SplitHandler {
  private readonly splitter: JsonSplitter
  private out: Array<SourceEntry | RecordRun | Extra> = []
  /** The records of the open log file that this chunk completed and no other entry followed yet; the first is at `runFirst`. */
  private run: unknown[] = []
  private runFirst = 0
  /** Issues found after the first value while it is pending. */
  private held: SourceEntry[] = []
  private pending: PendingValue | undefined
  private values = 0
  private seen = false
  private containerPath = '$'
  /**
   * The open container: a log file's `Records` holds records only; an array,
   * and the `Records` of an SNS or SQS event delivered to Lambda, may hold wrappers.
   */
  private container: ContainerKind = 'array'
  private lambda = false

  /**
   * @param source - the input's kind (decides which containers stream)
   * @param unwrapTop - unwraps one parsed top-level value
   * @param maxValueChars - the most characters one value or element may have
   */
  constructor(
    private readonly source: SourceKind,
    private readonly unwrapTop: TopLevelUnwrap<Extra>,
    maxValueChars = Number.POSITIVE_INFINITY,
  ) {
    this.splitter = new JsonSplitter(this, {
      streamRecords: source === 'auto' || source === 'logFile',
      streamArray: source === 'auto' || source === 'records',
      maxValueChars,
    })
  }

  /**
   * Reads one more chunk of text.
   *
   * @param text - the chunk
   * @returns the entries this chunk completed, in input order; the records of a log file's `Records` as runs
   */
  push(text: string): Array<SourceEntry | RecordRun | Extra> {
    this.splitter.push(text)
    return this.drain()
  }

  /**
   * Ends the input: what is left open is cut short and reported.
   *
   * @returns the last entries
   */
  end(): Array<SourceEntry | RecordRun | Extra> {
    this.splitter.end()
    this.settle(false)
    if (!this.seen) {
      this.emit({
        kind: 'issue',
        perRecord: false,
        issue: { kind: 'input', problems: [{ path: '$', expected: 'JSON text', found: describeValue('') }], detail: 'the input is empty' },
      })
    }
    return this.drain()
  }

  /**
   * Stops early (the bytes could not be read further): complete values are
   * kept, a value cut short is dropped, since the issue that stopped the read
   * explains it.
   *
   * @returns the last entries
   */
  abort(): Array<SourceEntry | RecordRun | Extra> {
    this.settle(false)
    return this.drain()
  }

  /** {@inheritDoc SplitHandler.value} */
  value(text: string, offset: number, line: number): void {
    this.seen = true
    this.values++
    if (this.values === 1) {
      this.pending = { text, offset, line }
      return
    }
    this.settle(true)
    this.emitValue({ text, offset, line }, true)
  }

  /** {@inheritDoc SplitHandler.open} */
  open(container: ContainerKind, _offset: number, line: number): void {
    this.flushRun()
    this.seen = true
    this.values++
    this.settle(true)
    const base = this.values === 1 ? '$' : `line ${line}`
    this.container = container
    this.containerPath = container === 'Records' ? appendPath(base, 'Records') : base
  }

  /** {@inheritDoc SplitHandler.element} */
  element(text: string, index: number, offset: number): void {
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      // Parsed again, only here, for the issue's position and excerpt.
      const parsed = parseJson(text, appendPath(this.containerPath, index), true, offset)
      if (!parsed.ok) {
        if (index === 0) this.lambda = false
        this.emit({ kind: 'issue', perRecord: true, issue: parsed.issue })
        return
      }
      value = parsed.value
    }
    this.take(value, index)
  }

  /**
   * {@inheritDoc SplitHandler.elements}
   *
   * One `JSON.parse` for the whole run; when it fails, the splitter hands
   * the same elements to {@link TextUnwrapper.element} one by one, so that
   * the one that is not JSON is an issue of its own, at its position, and
   * costs only itself.
   */
  elements(text: string, index: number): number {
    let values: unknown[]
    try {
      values = JSON.parse(`[${text}]`) as unknown[]
    } catch {
      return -1
    }
    for (let k = 0; k < values.length; k++) this.take(values[k], index + k)
    return values.length
  }

  /** Hands on one parsed element of the open container. */
  private take(value: unknown, index: number): void {
    if (this.container === 'Records') {
      if (index === 0) this.lambda = this.source === 'auto' && isLambdaRecord(value)
      if (!this.lambda || !isLambdaRecord(value)) {
        // A record: added to the run, its path made only if it is an issue.
        if (this.run.length === 0) this.runFirst = index
        this.run.push(value)
        return
      }
      for (const entry of unwrapLambdaRecord(value as Record<string, unknown>, appendPath(this.containerPath, index), nested)) this.emit(entry)
    } else for (const entry of unwrapItem(value, appendPath(this.containerPath, index))) this.emit(entry)
  }

  /** {@inheritDoc SplitHandler.close} */
  close(end: ContainerEnd, offset: number): void {
    if (end === 'cut') {
      this.emit(jsonIssue(offset, '', `the input ends inside ${this.containerPath} before its closing bracket: the input is cut short`, this.containerPath))
    } else if (end === 'broken') {
      this.emit(
        jsonIssue(
          offset,
          '',
          `unexpected text inside ${this.containerPath}: the rest of it, up to the next line that starts an object or an array, is skipped`,
          this.containerPath,
        ),
      )
    }
  }

  /** {@inheritDoc SplitHandler.tail} */
  tail(text: string, offset: number): void {
    const opening = '{"Records":[]'
    const parsed = parseJson(`${opening}${text}`)
    if (parsed.ok) {
      // A second `Records` key: JSON.parse keeps only the last one, the stream has read the first. Report it, keeping its records.
      const again = (parsed.value as { readonly Records?: unknown }).Records
      if (Array.isArray(again) && again.length > 0) this.emit(duplicateRecordsIssue(again, this.containerPath, offset))
      return
    }
    const position = Math.max(offset, offset + (parsed.issue.position ?? opening.length) - opening.length)
    this.emit(jsonIssue(position, text, `${parsed.issue.detail ?? 'not valid JSON'} (after the Records array)`))
  }

  /** {@inheritDoc SplitHandler.skip} */
  skip(offset: number, _line: number, excerpt: string, reason: string): void {
    this.seen = true
    const entry = jsonIssue(offset, excerpt, `${reason}: skipped up to the next line that starts an object or an array`)
    if (this.pending === undefined) this.emit(entry)
    else this.held.push(entry)
  }

  /** {@inheritDoc SplitHandler.oversize} */
  oversize(offset: number, line: number, length: number, index: number | undefined): void {
    this.seen = true
    if (index === undefined) {
      this.values++
      this.settle(true)
    }
    const location = index === undefined ? (this.values === 1 ? '$' : `line ${line}`) : appendPath(this.containerPath, index)
    this.emit({
      kind: 'issue',
      perRecord: true,
      issue: {
        kind: 'limit',
        problems: [{ path: '$', expected: 'a JSON value of a readable size', found: `${length} characters or more` }],
        detail: `a JSON value of ${length} characters or more, over the limit: it was skipped`,
        location,
        position: offset,
      },
    })
  }

  /** Emits the pending first value, at `$` when it stayed alone, else by its line; then the issues held behind it. */
  private settle(several: boolean): void {
    const pending = this.pending
    if (pending === undefined) return
    this.pending = undefined
    this.emitValue(pending, several)
    for (const entry of this.held) this.emit(entry)
    this.held = []
  }

  private emitValue(value: PendingValue, several: boolean): void {
    const location = several ? `line ${value.line}` : '$'
    const parsed = parseJson(value.text, several ? location : undefined, several, value.offset)
    if (!parsed.ok) this.emit({ kind: 'issue', perRecord: several, issue: parsed.issue })
    else for (const entry of this.unwrapTop(parsed.value, location)) this.emit(entry)
  }

  /** Hands on an entry after the run of records before it. */
  private emit(entry: SourceEntry | Extra): void {
    this.flushRun()
    this.out.push(entry)
  }

  private flushRun(): void {
    if (this.run.length === 0) return
    this.out.push({ kind: 'run', values: this.run, path: this.containerPath, first: this.runFirst })
    this.run = []
  }

  private drain(): Array<SourceEntry | RecordRun | Extra> {
    this.flushRun()
    const out = this.out
    this.out = []
    return out
  }
}
