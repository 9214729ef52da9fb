import { createReadStream } from 'node:fs'
import { once } from 'node:events'
import type { ParseIssue } from '../errors/index.js'
import { describeCaller } from '../identity/index.js'
import { awsServices } from '../aws/index.js'
import { streamRecords } from '../parse/index.js'
import { expandInputs } from './inputs.js'
import type { InputSource } from './inputs.js'
import { stringifyJson } from './json-text.js'
import { ProgressBar } from './progress.js'
import type { ProgressTarget } from './progress.js'
import { Summary } from './summary.js'

/** Where `summarize` reads and writes: the process's streams, or stand-ins. */
export interface CliStreams {
  readonly stdin: AsyncIterable<Uint8Array>
  readonly stdout: NodeJS.WritableStream
  readonly stderr: NodeJS.WritableStream & ProgressTarget
}

/** The options of `summarize`, from the command line. */
export interface SummarizeOptions {
  readonly inputs: ReadonlyArray<string>
  readonly json: boolean
  readonly strict: boolean
  readonly progress: 'auto' | 'always' | 'never'
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

function readError(source: InputSource, error: unknown): Pick<ParseIssue, 'kind' | 'message'> {
  const detail = error instanceof Error ? error.message : String(error)
  return { kind: 'input', message: `input: cannot read ${source.name}: ${detail}` }
}

/** One NDJSON line for an issue: where it came from, what it says, and the raw record when there is one. */
function issueLine(file: string, issue: Pick<ParseIssue, 'kind' | 'message'> & Partial<ParseIssue>): string {
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

/**
 * Runs `summarize`: reads every input, streaming, and writes the report (or
 * NDJSON with `--json`). A path that cannot be read, a file that is not
 * CloudTrail, a record that does not decode: each is an issue, and the other
 * inputs are still read.
 *
 * @param options - what the command line asked for
 * @param streams - where to read and write
 * @returns the exit status: 1 with `--strict` when there were issues, else 0
 */
export async function summarize(options: SummarizeOptions, streams: CliStreams): Promise<number> {
  const { sources, problems } = await expandInputs(options.inputs)
  const summary = new Summary()
  const issue = async (file: string, found: Pick<ParseIssue, 'kind' | 'message'> & Partial<ParseIssue>): Promise<void> => {
    summary.addIssue({ file, issue: found })
    if (options.json) await write(streams.stdout, issueLine(file, found))
  }
  for (const problem of problems) await issue(problem.name, { kind: 'input', message: `input: ${problem.message}` })

  const sizes = sources.map((s) => (s.kind === 'file' ? s.size : undefined))
  const totalBytes = sizes.includes(undefined) ? undefined : sizes.reduce((a: number, b) => a + (b ?? 0), 0)
  const bar = ProgressBar.wanted(options.progress, streams.stderr, totalBytes) ? new ProgressBar(streams.stderr, totalBytes) : undefined

  for (const source of sources) {
    summary.addFile()
    bar?.advance({ file: source.name })
    const bytes = counted(bytesOf(source, streams), (n) => bar?.advance({ bytes: n }))
    try {
      for await (const entry of streamRecords(bytes, { maxBytes: Number.POSITIVE_INFINITY, services: awsServices })) {
        if (entry.kind === 'record') {
          const caller = describeCaller(entry.record)
          summary.addRecord(entry.record, caller)
          bar?.advance({ records: 1 })
          if (options.json) {
            await write(streams.stdout, `{"record":${stringifyJson(entry.record)},"caller":${JSON.stringify(caller)}}\n`)
          }
        } else if (entry.kind === 'issue') await issue(source.name, entry.issue)
      }
    } catch (error) {
      await issue(source.name, readError(source, error))
    }
  }
  bar?.finish()
  if (options.json) {
    if (summary.issueCount > 0) {
      await write(streams.stderr, `cloudtrail-codecs: ${summary.issueCount} issue${summary.issueCount === 1 ? '' : 's'} (see the "issue" lines)\n`)
    }
  } else await write(streams.stdout, summary.report())
  return options.strict && summary.issueCount > 0 ? 1 : 0
}
