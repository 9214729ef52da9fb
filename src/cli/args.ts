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
      /** Show a progress bar on stderr: `auto` (a TTY and a large input), `always` or `never`. */
      readonly progress: 'auto' | 'always' | 'never'
    }

/** A command line that cannot be run: the message says why; the exit status is 2. */
export interface UsageError {
  readonly kind: 'usage-error'
  readonly message: string
}

/** The usage text printed by `--help` and after a usage error. */
export const USAGE = `Usage: cloudtrail-codecs summarize [options] <file|dir|->...

Reads AWS CloudTrail records and prints a readable report: callers by class,
AWS Support cases with their timelines, Trusted Advisor activity, and issues.

Inputs: .json and .json.gz log files, NDJSON (.jsonl, .ndjson), and every
wrapper CloudTrail arrives in (EventBridge, SNS, LookupEvents, CloudWatch Logs,
CloudTrail Lake); gzip is detected from the bytes. A directory is read
recursively (files ending in .json, .jsonl, .ndjson, optionally .gz);
"-" reads standard input.

Options:
  --json          write NDJSON instead of the report: one
                  {"record": <record as it came>, "caller": <caller>} per line,
                  and one {"issue": ...} line per problem
  --strict        exit with status 1 when any record had an issue
  --progress      always show a progress bar on stderr
  --no-progress   never show a progress bar
  -h, --help      show this help
  -V, --version   show the version

Exit status: 0 done, 1 issues found with --strict, 2 usage error.

Example:
  cloudtrail-codecs summarize AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/02
  zcat file.json.gz | cloudtrail-codecs summarize --json - > records.ndjson
`

const COMMANDS = ['summarize'] as const

function usageError(message: string): UsageError {
  return { kind: 'usage-error', message }
}

/**
 * Reads the command line (without the `node` and script paths).
 *
 * @param argv - the arguments, such as `['summarize', '--json', 'logs/']`
 * @returns the command to run, or a usage error
 */
export function parseArguments(argv: ReadonlyArray<string>): Command | UsageError {
  if (argv.includes('-h') || argv.includes('--help')) return { kind: 'help' }
  if (argv.includes('-V') || argv.includes('--version')) return { kind: 'version' }
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
  let progress: 'auto' | 'always' | 'never' = 'auto'
  let optionsEnded = false
  for (const arg of rest) {
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      inputs.push(arg)
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
  return { kind: 'summarize', inputs, json, strict, progress }
}
