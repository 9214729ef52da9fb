/**
 * Shared helpers of the robustness tests: fixtures composed here, and the
 * runners that read an input through every entry point.
 */
import { PassThrough } from 'node:stream'
import { summarize } from '../../src/cli/summarize.js'
import { parseRecords, parseRecordsAsync, streamRecords } from '../../src/parse/index.js'
import type { AsyncParseOptions, ParseResult } from '../../src/parse/index.js'

/** A minimal valid record (AWS example values). */
export const baseRecord = {
  eventVersion: '1.08',
  eventTime: '2024-05-01T12:00:00Z',
  eventSource: 's3.amazonaws.com',
  eventName: 'GetObject',
  awsRegion: 'us-east-1',
  userIdentity: { type: 'IAMUser', principalId: 'AIDAEXAMPLE', arn: 'arn:aws:iam::111122223333:user/alice', accountId: '111122223333' },
  recipientAccountId: '111122223333',
} as const

/**
 * The JSON text of {@link baseRecord} with more members written as JSON text
 * (so that a member may be far deeper or larger than a value built in memory
 * could be written by `JSON.stringify`).
 *
 * @param members - JSON text of members, such as `"requestParameters":[[[]]]`
 * @returns the record's JSON text
 */
export function recordText(...members: ReadonlyArray<string>): string {
  const base = JSON.stringify(baseRecord)
  return members.length === 0 ? base : `${base.slice(0, -1)},${members.join(',')}}`
}

/**
 * The JSON text of a log file of record texts.
 *
 * @param records - JSON texts of records
 * @returns `{"Records":[...]}`
 */
export function logFileText(...records: ReadonlyArray<string>): string {
  return `{"Records":[${records.join(',')}]}`
}

/** How one entry point was given the input. */
export type Reader = 'parseRecords(text)' | 'parseRecordsAsync(bytes)' | 'streamRecords(bytes)'

/** Every entry point, each given the text in the form it is best at. */
export const readers: ReadonlyArray<Reader> = ['parseRecords(text)', 'parseRecordsAsync(bytes)', 'streamRecords(bytes)']

/**
 * Reads JSON text with one entry point.
 *
 * @param reader - the entry point and input form
 * @param text - the JSON text
 * @param options - parse options
 * @returns the records and issues (for `streamRecords`, collected)
 */
export async function readWith(reader: Reader, text: string, options: AsyncParseOptions = {}): Promise<ParseResult> {
  if (reader === 'parseRecords(text)') return parseRecords(text, options)
  const bytes = new TextEncoder().encode(text)
  if (reader === 'parseRecordsAsync(bytes)') return parseRecordsAsync(bytes, options)
  const result: ParseResult = { records: [], issues: [], skipped: [] }
  for await (const entry of streamRecords(bytes, options)) {
    if (entry.kind === 'record') result.records.push(entry.record)
    else if (entry.kind === 'issue') result.issues.push(entry.issue)
    else result.skipped.push(entry.value)
  }
  return result
}

/** What `cloudtrail-codecs summarize` wrote. */
export interface CliRun {
  readonly status: number
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs `cloudtrail-codecs summarize [--json] -` in this process, with the
 * bytes as standard input.
 *
 * @param stdin - the input
 * @param json - whether to pass `--json`
 * @returns the exit status and what was written
 */
export async function runCli(stdin: Uint8Array, json: boolean): Promise<CliRun> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const out: string[] = []
  const err: string[] = []
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString('utf8')))
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString('utf8')))
  async function* input(): AsyncGenerator<Uint8Array> {
    yield stdin
  }
  const status = await summarize({ inputs: ['-'], json, strict: true, progress: 'never' }, { stdin: input(), stdout, stderr })
  return { status, stdout: out.join(''), stderr: err.join('') }
}
