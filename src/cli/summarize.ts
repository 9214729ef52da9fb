import { createReadStream } from 'node:fs'
import { once } from 'node:events'
import { availableParallelism } from 'node:os'
import { awsServices } from '../aws/index.js'
import { inflateGzip } from '../node/index.js'
import type { FileInput, ReadFilesOptions } from '../node/index.js'
import type { FileTransformModule } from '../node/file-transform.js'
import { mapFileStates } from '../node/read-files.js'
import { streamRecords } from '../parse/index.js'
import { ExitStatus } from './exit-status.js'
import { beforeDecoding, filtersText, noFilters } from './filters.js'
import type { RecordFilters } from './filters.js'
import { errorText, expandInputs } from './inputs.js'
import type { InputSource, UnreadableInput } from './inputs.js'
import { SUMMARY_PART_MODULE, summaryFile } from './summary-part.js'
import type { PartSettings, SummaryPart } from './summary-part.js'
import { ProgressBar } from './progress.js'
import type { ProgressTarget } from './progress.js'
import { plural } from './plural.js'
import { skipReasonNames } from './skipped-files.js'
import type { SkipCounts } from './skipped-files.js'
import { DEFAULT_LIMITS, NO_LIMITS, Summary } from './summary.js'

/** Where `summarize` reads and writes: the process's streams, or stand-ins. */
export interface CliStreams {
  readonly stdin: AsyncIterable<Uint8Array>
  readonly stdout: NodeJS.WritableStream
  readonly stderr: NodeJS.WritableStream & ProgressTarget
}

/** The options of `summarize`, from the command line. */
export interface SummarizeOptions {
  /** Files, directories, or `-` for standard input, in the order given. */
  readonly inputs: ReadonlyArray<string>
  /** Write NDJSON instead of the report. */
  readonly json: boolean
  /** Exit with status 1 when there was a record issue. */
  readonly strict: boolean
  /** Show everything in the report (`--all`); default `false`. */
  readonly all?: boolean
  /** Show a progress bar on stderr: `auto` (a TTY and a large input), `always` or `never`. */
  readonly progress: 'auto' | 'always' | 'never'
  /** Which records to keep; default none left out. */
  readonly filters?: RecordFilters
  /**
   * Worker threads that read the files (default: one per core,
   * `os.availableParallelism()`); with 1, or with one file, everything is
   * read in this thread. The output does not depend on it.
   */
  readonly jobs?: number | undefined
}

/** Writes text, waiting when the stream's buffer is full. */
async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain')
}

/** Counts the bytes of a byte stream as they pass, for the progress bar. */
async function* counted(
  chunks: AsyncIterable<Uint8Array>,
  onBytes: (bytes: number) => void,
): AsyncGenerator<Uint8Array, void, undefined> {
  for await (const chunk of chunks) {
    onBytes(chunk.byteLength)
    yield chunk
  }
}

function bytesOf(source: InputSource, streams: CliStreams): AsyncIterable<Uint8Array> {
  return source.kind === 'stdin' ? streams.stdin : createReadStream(source.path)
}

/** `(3 digest files skipped)`, or nothing when nothing was skipped. */
function skippedNote(skipped: SkipCounts): string {
  const parts = skipReasonNames.filter(([reason]) => skipped[reason] > 0).map(([reason, one, many]) => plural(skipped[reason], one, many))
  return parts.length === 0 ? '' : ` (skipped: ${parts.join(', ')})`
}

/** What reading the inputs came to. */
interface Outcome {
  /** Inputs read to the end. */
  inputs: number
  /** Record issues. */
  issues: number
  /** Inputs that could not be read, in order. */
  readonly unreadable: UnreadableInput[]
  /** Files not read, by reason (those a directory held, and digest files recognised by their content). */
  readonly skipped: SkipCounts
}

/** Standard output, written a block at a time: NDJSON is gathered up to this many characters. */
const OUTPUT_BLOCK = 1 << 16

/**
 * What the thread that writes the output does with the parts of the
 * inputs, input after input: the report takes the audited calls and each
 * file's counts, or the NDJSON text is written (gathered into blocks of
 * about 64 KiB); issues are counted, and a digest file is noted.
 */
class Output {
  private pending: string[] = []
  private pendingChars = 0
  /** Whether the input being read turned out to be a digest file. */
  digest = false

  constructor(
    private readonly streams: CliStreams,
    readonly outcome: Outcome,
    private readonly summary: Summary | undefined,
    private readonly bar: ProgressBar | undefined,
  ) {}

  /** Whether enough output is gathered to be written: then `flush` before the next part. */
  get full(): boolean {
    return this.pendingChars >= OUTPUT_BLOCK
  }

  /** Takes one part of the input being read. */
  take(part: SummaryPart): void {
    switch (part.kind) {
      case 'audit':
        this.summary?.addAudit(part.audit)
        return
      case 'text':
        this.bar?.advance({ records: part.records })
        this.gather(part.text)
        return
      case 'end':
        this.bar?.advance({ records: part.records })
        this.gather(part.text)
        this.outcome.issues += part.issues
        this.digest = part.digest
        if (part.tally !== undefined) this.summary?.absorb(part.tally)
    }
  }

  private gather(text: string): void {
    if (text === '') return
    this.pending.push(text)
    this.pendingChars += text.length
  }

  /** Writes what is gathered. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return
    const text = this.pending.join('')
    this.pending = []
    this.pendingChars = 0
    await write(this.streams.stdout, text)
  }

  /** Ends an input read to its end: counted as a log file, or as a digest file skipped. */
  endInput(): void {
    if (this.digest) this.outcome.skipped.digest++
    else this.outcome.inputs++
    this.digest = false
  }
}

/**
 * Runs `summarize`: reads every input, streaming, and writes the report (or
 * NDJSON with `--json`). A file that is not CloudTrail or a record that does
 * not decode is an issue, and the other inputs are still read; digest files
 * and the other files AWS puts beside logs are skipped and counted; an
 * input that cannot be read is reported on stderr. With `--json` no report
 * is gathered: the records are written as they are decoded (in blocks of
 * about 64 KiB), so memory does not grow with the input. Each record is also told typed, mismatched or untyped
 * by the services of its eventSource (`operationMatch`), imported when the
 * eventSource is first met.
 *
 * Each input is summarized by the thread that reads it ({@link summaryFile}:
 * its NDJSON text, or its counts and audited calls), and the parts are
 * taken here in the order of the inputs. With `jobs` above 1 and several
 * files, the files are read on worker threads (`mapFileStates` of
 * `cloudtrail-codecs/node`), standard input here in its turn: the output is
 * the one a single thread writes, since a report's counts add up in any
 * grouping (a `Tally` per file, absorbed in input order).
 *
 * @param options - what the command line asked for
 * @param streams - where to read and write
 * @returns the exit status (see {@link ExitStatus})
 */
export async function summarize(options: SummarizeOptions, streams: CliStreams): Promise<number> {
  const { sources, unreadable, skipped } = await expandInputs(options.inputs)
  const outcome: Outcome = { inputs: 0, issues: 0, unreadable, skipped: { ...skipped } }
  const filters = options.filters ?? noFilters
  const limits = options.all === true ? NO_LIMITS : DEFAULT_LIMITS
  const summary = options.json ? undefined : new Summary(limits, filtersText(filters))
  const only = beforeDecoding(filters)
  // gzip through node:zlib: less CPU than the platform's DecompressionStream, the same entries.
  const parse = { maxBytes: Number.POSITIVE_INFINITY, inflate: inflateGzip, ...(only === undefined ? {} : { only }) }
  const settings: PartSettings = { json: options.json, filters, issueLimit: limits.issues }

  const sizes = sources.map((s) => (s.kind === 'file' ? s.size : undefined))
  const totalBytes = sizes.includes(undefined) ? undefined : sizes.reduce((a: number, b) => a + (b ?? 0), 0)
  const bar = ProgressBar.wanted(options.progress, streams.stderr, totalBytes) ? new ProgressBar(streams.stderr, totalBytes) : undefined
  const output = new Output(streams, outcome, summary, bar)

  const files = sources.filter((s) => s.kind === 'file').length
  const jobs = Math.min(options.jobs ?? availableParallelism(), files)
  if (jobs > 1) await readOnWorkers(sources, streams, { ...parse, services: awsServices, jobs, ...flowFor(options.json) }, settings, output, bar)
  else {
    for (const source of sources) {
      bar?.advance({ file: source.name })
      const bytes = counted(bytesOf(source, streams), (n) => bar?.advance({ bytes: n }))
      const file = summaryFile(source.kind === 'file' ? source.path : source.name, settings)
      try {
        for await (const entry of streamRecords(bytes, { ...parse, services: awsServices })) {
          const made = file.entry(entry)
          const part = made instanceof Promise ? await made : made
          if (part !== undefined) output.take(part)
          bar?.advance({ records: file.takeRecords() })
          if (output.full) await output.flush()
        }
      } catch (error) {
        // What was read before counts, as it is written.
        output.take(file.end())
        output.digest = false
        outcome.unreadable.push({ name: source.name, message: `cannot read: ${errorText(error)}` })
        continue
      }
      output.take(file.end())
      output.endInput()
    }
  }
  await output.flush()
  bar?.finish()
  return finish(options, streams, outcome, summary)
}

/**
 * How far a worker thread may read ahead of the output, per file in flight
 * (two files per job are), and how many parts go in one message. With
 * `--json`, a part is a block of about 64 KiB of NDJSON, sent on its own,
 * and 64 of them may wait (4 MiB); for the report, a part is an audited
 * call (a few hundred bytes), and a file's counts come at its end: the
 * worker reads whole files ahead unless they are mostly audited calls, so
 * every core keeps busy, and memory stays bounded when the output is slow.
 */
function flowFor(json: boolean): { readonly ahead: number; readonly batch: number } {
  return json ? { ahead: 64, batch: 1 } : { ahead: 65_536, batch: 256 }
}

/** Reads the inputs with `mapFileStates`: the files on worker threads, standard input here, the parts in input order. */
async function readOnWorkers(
  sources: ReadonlyArray<InputSource>,
  streams: CliStreams,
  options: ReadFilesOptions & { readonly batch: number },
  settings: PartSettings,
  output: Output,
  bar: ProgressBar | undefined,
): Promise<void> {
  const inputs: FileInput[] = sources.map((source) => (source.kind === 'file' ? source.path : { name: source.name, bytes: streams.stdin }))
  const names = new Map(sources.map((source) => [source.kind === 'file' ? source.path : source.name, source.name]))
  const transform: FileTransformModule = { module: SUMMARY_PART_MODULE, name: 'summaryFile', data: settings, here: summaryFile }
  let name = ''
  let failed = false
  for await (const event of mapFileStates<SummaryPart>(inputs, transform, options)) {
    switch (event.kind) {
      case 'start':
        name = names.get(event.file) ?? event.file
        failed = false
        bar?.advance({ file: name })
        break
      case 'value':
        output.take(event.value)
        if (output.full) await output.flush()
        break
      case 'failed':
        failed = true
        output.digest = false
        output.outcome.unreadable.push({ name, message: `cannot read: ${event.message}` })
        break
      case 'end':
        bar?.advance({ bytes: event.bytes })
        if (!failed) output.endInput()
    }
  }
}

/** Writes the report and the messages on stderr, and tells the exit status. */
async function finish(options: SummarizeOptions, streams: CliStreams, outcome: Outcome, summary: Summary | undefined): Promise<number> {
  const noInput = outcome.inputs === 0
  if (summary !== undefined && !noInput) await write(streams.stdout, summary.report(outcome.inputs, outcome.skipped))
  for (const { name, message } of outcome.unreadable) await write(streams.stderr, `cloudtrail-codecs: ${name}: ${message}\n`)
  if (noInput && outcome.unreadable.length === 0) {
    await write(streams.stderr, `cloudtrail-codecs: no log file found in ${options.inputs.join(', ')}${skippedNote(outcome.skipped)}\n`)
  }
  if (summary === undefined && outcome.issues > 0) {
    await write(streams.stderr, `cloudtrail-codecs: ${plural(outcome.issues, 'issue')} (see the "issue" lines)\n`)
  }
  if (outcome.unreadable.length > 0) return ExitStatus.unreadable
  if (noInput) return ExitStatus.noInput
  return options.strict && outcome.issues > 0 ? ExitStatus.issues : ExitStatus.ok
}
