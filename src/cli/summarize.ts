import { createReadStream } from 'node:fs'
import { once } from 'node:events'
import type { ParseIssue } from '../errors/index.js'
import { describeCaller } from '../identity/index.js'
import { awsServices } from '../aws/index.js'
import { streamRecords } from '../parse/index.js'
import { ExitStatus } from './exit-status.js'
import { beforeDecoding, filtersText, keepsRecord, noFilters } from './filters.js'
import type { RecordFilters } from './filters.js'
import { errorText, expandInputs } from './inputs.js'
import type { InputSource, UnreadableInput } from './inputs.js'
import { stringifyJson } from './json-text.js'
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

/** One NDJSON line for an issue: where it came from, what it says, and the raw record when there is one. */
function issueLine(file: string, issue: ParseIssue): string {
  const fields = [
    `"file":${JSON.stringify(file)}`,
    `"kind":${JSON.stringify(issue.kind)}`,
    `"message":${JSON.stringify(issue.message)}`,
    ...(issue.index === undefined ? [] : [`"index":${issue.index}`]),
    ...(issue.location === undefined ? [] : [`"location":${JSON.stringify(issue.location)}`]),
    ...(issue.raw === undefined ? [] : [`"raw":${stringifyJson(issue.raw)}`]),
  ]
  return `{"issue":{${fields.join(',')}}}\n`
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

/**
 * Runs `summarize`: reads every input, streaming, and writes the report (or
 * NDJSON with `--json`). A file that is not CloudTrail or a record that does
 * not decode is an issue, and the other inputs are still read; digest files
 * and the other files AWS puts beside logs are skipped and counted; an
 * input that cannot be read is reported on stderr. With `--json` no report
 * is gathered: each record is written as it is decoded, so memory does not
 * grow with the input.
 *
 * @param options - what the command line asked for
 * @param streams - where to read and write
 * @returns the exit status (see {@link ExitStatus})
 */
export async function summarize(options: SummarizeOptions, streams: CliStreams): Promise<number> {
  const { sources, unreadable, skipped } = await expandInputs(options.inputs)
  const outcome: Outcome = { inputs: 0, issues: 0, unreadable, skipped: { ...skipped } }
  const filters = options.filters ?? noFilters
  const summary = options.json ? undefined : new Summary(options.all === true ? NO_LIMITS : DEFAULT_LIMITS, filtersText(filters))
  const only = beforeDecoding(filters)

  const sizes = sources.map((s) => (s.kind === 'file' ? s.size : undefined))
  const totalBytes = sizes.includes(undefined) ? undefined : sizes.reduce((a: number, b) => a + (b ?? 0), 0)
  const bar = ProgressBar.wanted(options.progress, streams.stderr, totalBytes) ? new ProgressBar(streams.stderr, totalBytes) : undefined

  for (const source of sources) {
    bar?.advance({ file: source.name })
    const bytes = counted(bytesOf(source, streams), (n) => bar?.advance({ bytes: n }))
    let digest = false
    try {
      for await (const entry of streamRecords(bytes, { maxBytes: Number.POSITIVE_INFINITY, services: awsServices, ...(only === undefined ? {} : { only }) })) {
        if (entry.kind === 'record') {
          bar?.advance({ records: 1 })
          const caller = describeCaller(entry.record)
          if (!keepsRecord(filters, entry.record, caller)) summary?.leaveOut()
          else if (summary !== undefined) summary.addRecord(entry.record, caller)
          else await write(streams.stdout, `{"record":${stringifyJson(entry.record)},"caller":${JSON.stringify(caller)}}\n`)
        } else if (entry.kind === 'skipped') summary?.leaveOut()
        else if (entry.issue.kind === 'digest') digest = true
        else {
          outcome.issues++
          summary?.addIssue({ file: source.name, issue: entry.issue })
          if (summary === undefined) await write(streams.stdout, issueLine(source.name, entry.issue))
        }
      }
    } catch (error) {
      outcome.unreadable.push({ name: source.name, message: `cannot read: ${errorText(error)}` })
      continue
    }
    if (digest) outcome.skipped.digest++
    else outcome.inputs++
  }
  bar?.finish()
  return finish(options, streams, outcome, summary)
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
