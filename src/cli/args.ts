import { callerClasses } from '../identity/index.js'
import type { CallerClass } from '../identity/index.js'
import { isAccountId } from './aws-ids.js'
import { EXIT_STATUS_TEXT } from './exit-status.js'
import { noFilters, parseTime } from './filters.js'
import type { RecordFilters, TimeBound } from './filters.js'

/** What the command line asks for. */
export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'summarize'
      /** Files, directories, or `-` for standard input, in the order given. */
      readonly inputs: ReadonlyArray<string>
      /** Write NDJSON (`{"record", "caller"}` per line) instead of the report. */
      readonly json: boolean
      /** Exit with status 1 when any record had an issue. */
      readonly strict: boolean
      /** Show every case, check, caller and entry in the report, instead of the first few of each. */
      readonly all: boolean
      /** Show a progress bar on stderr: `auto` (a TTY and a large input), `always` or `never`. */
      readonly progress: 'auto' | 'always' | 'never'
      /** Which records to keep. */
      readonly filters: RecordFilters
      /** Worker threads that read the files (`--jobs`); `undefined`: one per core. */
      readonly jobs: number | undefined
    }

/** A command line that cannot be run: the message says why; the exit status is 2. */
export interface UsageError {
  readonly kind: 'usage-error'
  readonly message: string
}

/** Words joined by spaces into lines of at most `width` characters, every line after the first indented. */
function wrapped(words: ReadonlyArray<string>, indent: number, width: number): string {
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    if (line !== '' && indent + line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  lines.push(line)
  return lines.join(`\n${' '.repeat(indent)}`)
}

/** The usage text printed by `--help` and after a usage error. */
export const USAGE = `Usage: cloudtrail-codecs summarize [options] <file|dir|->...

Reads AWS CloudTrail records and prints a readable report: callers by class,
AWS Support cases with their timelines, Trusted Advisor activity, and issues.

Inputs: .json and .json.gz log files, NDJSON (.jsonl, .ndjson), and every
wrapper CloudTrail arrives in (EventBridge, SNS, LookupEvents, CloudWatch Logs,
CloudTrail Lake); gzip is detected from the bytes. A directory is read
recursively (files ending in .json, .jsonl, .ndjson, optionally .gz); digest
files (CloudTrail-Digest/), other services' files under AWSLogs/ and empty
files are skipped and counted. "-" reads standard input.

Options:
  --json          write NDJSON instead of the report: one
                  {"record": <record as it came>, "caller": <caller>} per line,
                  and one {"issue": ...} line per problem
  --strict        exit with status 1 when any record had an issue
  --all           show every case, check, recommendation, caller, source,
                  entry and issue (the report shows the first 10 of each
                  list, 5 callers per class and 5 issues, and "and N more")
  --jobs <n>      read the files on <n> worker threads (default: one per
                  core; 1 reads in one thread); the output is the same
  --progress      always show a progress bar on stderr
  --no-progress   never show a progress bar
  -h, --help      show this help
  -V, --version   show the version

Filters (in every output mode; a filter given twice keeps records matching
either value, different filters must all match):
  --since <time>          eventTime at or after <time> (ISO-8601: 2026-11-02,
                          2026-11-02T10:00:00Z; UTC unless an offset is given)
  --until <time>          eventTime before <time>
  --account <id>          recipientAccountId, the account that logged the record
  --region <region>       awsRegion, such as us-east-1
  --event-source <name>   eventSource, such as support.amazonaws.com
  --event-name <name>     eventName, such as CreateCase
  --caller-class <class>  ${wrapped(["the caller's class:", ...callerClasses.map((c, i) => (i === callerClasses.length - 1 ? c : `${c},`))], 26, 80)}

${EXIT_STATUS_TEXT}

Example:
  cloudtrail-codecs summarize AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/02
  cloudtrail-codecs summarize --since 2026-11-01 --account 111122223333 AWSLogs/
  zcat file.json.gz | cloudtrail-codecs summarize --json - > records.ndjson
`

const COMMANDS = ['summarize'] as const

/** The options that take a value, as `--option value` or `--option=value`. */
const VALUE_OPTIONS = ['--since', '--until', '--account', '--region', '--event-source', '--event-name', '--caller-class'] as const
type ValueOption = (typeof VALUE_OPTIONS)[number]

/**
 * The value of `--jobs`, checked: a whole number of at least 1, written in
 * decimal digits (`4`; not `4.0`, `0x4` or `1e1`).
 *
 * @param value - the value as given
 * @returns the number of jobs, or the message of a usage error
 *
 * @example
 * ```ts
 * import { jobsValue } from './args.js'
 *
 * const jobs = jobsValue('4') // 4; jobsValue('0') is { problem: 'option --jobs: "0" is not a number of threads: ...' }
 * ```
 */
export function jobsValue(value: string): number | { readonly problem: string } {
  const jobs = /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN
  if (Number.isInteger(jobs) && jobs >= 1) return jobs
  return { problem: `option --jobs: "${value}" is not a number of threads: give a whole number of at least 1, such as --jobs 4` }
}

function usageError(message: string): UsageError {
  return { kind: 'usage-error', message }
}

function isValueOption(name: string): name is ValueOption {
  return (VALUE_OPTIONS as ReadonlyArray<string>).includes(name)
}

function isCallerClass(value: string): value is CallerClass {
  return (callerClasses as ReadonlyArray<string>).includes(value)
}

/** The filters as they are read, one option at a time. */
interface FilterDraft {
  since: TimeBound | undefined
  until: TimeBound | undefined
  readonly accounts: string[]
  readonly regions: string[]
  readonly eventSources: string[]
  readonly eventNames: string[]
  readonly callerClasses: CallerClass[]
}

/** Adds one filter option's value; returns the message of a usage error, if the value is wrong. */
function addFilter(draft: FilterDraft, option: ValueOption, value: string): string | undefined {
  if (value === '') return `option ${option} needs a value`
  switch (option) {
    case '--since':
    case '--until': {
      const key = option === '--since' ? 'since' : 'until'
      if (draft[key] !== undefined) return `option ${option} can be given once`
      const ms = parseTime(value)
      if (ms === undefined) return `option ${option}: "${value}" is not an ISO-8601 time such as 2026-11-02 or 2026-11-02T10:00:00Z`
      draft[key] = { text: value, ms }
      return undefined
    }
    case '--account':
      if (!isAccountId(value)) return `option --account: "${value}" is not an AWS account id (12 digits)`
      draft.accounts.push(value)
      return undefined
    case '--region':
      draft.regions.push(value)
      return undefined
    case '--event-source':
      draft.eventSources.push(value)
      return undefined
    case '--event-name':
      draft.eventNames.push(value)
      return undefined
    case '--caller-class':
      if (!isCallerClass(value)) return `option --caller-class: "${value}" is not a caller class (${callerClasses.join(', ')})`
      draft.callerClasses.push(value)
      return undefined
  }
}

/**
 * Reads the command line (without the `node` and script paths).
 *
 * @param argv - the arguments, such as `['summarize', '--json', 'logs/']`
 * @returns the command to run, or a usage error
 */
export function parseArguments(argv: ReadonlyArray<string>): Command | UsageError {
  const optionsEnd = argv.indexOf('--')
  const options = optionsEnd === -1 ? argv : argv.slice(0, optionsEnd)
  if (options.includes('-h') || options.includes('--help')) return { kind: 'help' }
  if (options.includes('-V') || options.includes('--version')) return { kind: 'version' }
  const [command, ...rest] = argv
  if (command === undefined) return usageError('missing command: expected "summarize" followed by files, directories or "-"')
  if (command.startsWith('-')) {
    return usageError(`expected a command before the option ${command}: try "cloudtrail-codecs summarize ${argv.join(' ')}"`)
  }
  if (!(COMMANDS as ReadonlyArray<string>).includes(command)) {
    return usageError(`unknown command "${command}": the only command is "summarize"`)
  }
  const inputs: string[] = []
  let json = false
  let strict = false
  let all = false
  let progress: 'auto' | 'always' | 'never' = 'auto'
  let jobs: number | undefined
  const filters: FilterDraft = { ...noFilters, accounts: [], regions: [], eventSources: [], eventNames: [], callerClasses: [] }
  let optionsEnded = false
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? ''
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      inputs.push(arg)
      continue
    }
    const equals = arg.indexOf('=')
    const name = equals === -1 ? arg : arg.slice(0, equals)
    if (isValueOption(name)) {
      const value = equals === -1 ? rest[++i] : arg.slice(equals + 1)
      if (value === undefined) return usageError(`option ${name} needs a value`)
      const problem = addFilter(filters, name, value)
      if (problem !== undefined) return usageError(problem)
      continue
    }
    if (name === '--jobs') {
      const value = equals === -1 ? rest[++i] : arg.slice(equals + 1)
      if (value === undefined || value === '') return usageError('option --jobs needs a value: the number of threads, such as --jobs 4')
      const parsed = jobsValue(value)
      if (typeof parsed !== 'number') return usageError(parsed.problem)
      jobs = parsed
      continue
    }
    switch (arg) {
      case '--':
        optionsEnded = true
        break
      case '--json':
        json = true
        break
      case '--strict':
        strict = true
        break
      case '--all':
        all = true
        break
      case '--progress':
        progress = 'always'
        break
      case '--no-progress':
        progress = 'never'
        break
      default:
        return usageError(`unknown option ${arg}`)
    }
  }
  if (inputs.length === 0) return usageError('no input: give at least one file, directory, or "-" for standard input')
  if (inputs.filter((i) => i === '-').length > 1) return usageError('standard input ("-") can be read only once')
  if (filters.since !== undefined && filters.until !== undefined && filters.since.ms >= filters.until.ms) {
    return usageError(`--since ${filters.since.text} is not before --until ${filters.until.text}: no record can match`)
  }
  return { kind: 'summarize', inputs, json, strict, all, progress, filters, jobs }
}
