/**
 * What every result of every entry point must satisfy, whatever the input:
 * the helpers that run an entry point, collect its output, and check it.
 */
import type { IssueKind, ParseIssue } from '../../src/errors/index.js'
import { parseRecords, parseRecordsAsync, streamRecords } from '../../src/parse/index.js'
import type { AsyncParseOptions } from '../../src/parse/index.js'
import type { CloudTrailRecord } from '../../src/record/index.js'
import { isLambdaRecord } from '../../src/sources/sns.js'

/** Every kind of issue. */
export const issueKinds: ReadonlySet<IssueKind> = new Set<IssueKind>(['json', 'input', 'digest', 'record', 'operation', 'encoding', 'limit'])

/**
 * The longest message an issue may have: at most 20 problems, each a path
 * (keys cut at 64 characters; codecs are a few levels deep), an expectation
 * and an 80-character excerpt, or one sentence about the input.
 */
export const MAX_MESSAGE_LENGTH = 12_000

/** The entry points, by name. */
export type EntryPoint = 'parseRecords' | 'parseRecordsAsync' | 'streamRecords'

/** A result with each record's index (known for `streamRecords`; in order of the input for the others). */
export interface Outcome {
  readonly records: ReadonlyArray<CloudTrailRecord>
  readonly issues: ReadonlyArray<ParseIssue>
  /** For `streamRecords`: the indexes of records, issues and skipped records, in the order yielded. */
  readonly streamedIndexes?: ReadonlyArray<number | undefined>
}

/**
 * Runs one entry point on an input; the caller's assertion that it does not
 * throw is that this resolves.
 *
 * @param entry - which entry point
 * @param input - the input
 * @param options - parse options
 * @returns what the entry point returned
 */
export async function runEntry(entry: EntryPoint, input: unknown, options: AsyncParseOptions = {}): Promise<Outcome> {
  if (entry === 'parseRecords') return parseRecords(input, options)
  if (entry === 'parseRecordsAsync') return parseRecordsAsync(input, options)
  const records: CloudTrailRecord[] = []
  const issues: ParseIssue[] = []
  const streamedIndexes: Array<number | undefined> = []
  for await (const entryOut of streamRecords(input, options)) {
    if (entryOut.kind === 'record') {
      records.push(entryOut.record)
      streamedIndexes.push(entryOut.index)
    } else if (entryOut.kind === 'issue') {
      issues.push(entryOut.issue)
      if (entryOut.issue.index !== undefined) streamedIndexes.push(entryOut.issue.index)
    } else streamedIndexes.push(entryOut.index)
  }
  return { records, issues, streamedIndexes }
}

/**
 * Fails with `message` unless `condition` holds: a plain check, since these
 * run tens of thousands of times per property and `expect` is slow.
 *
 * @param condition - what must hold
 * @param message - what went wrong
 */
export function check(condition: boolean, message: () => string): asserts condition {
  if (!condition) throw new Error(message())
}

/**
 * Checks what holds for any input: every issue has a known kind, a non-empty
 * bounded message and a first problem, and the record indexes are unique and
 * strictly increasing (for `streamRecords`, exactly 0, 1, 2, ... in the order
 * yielded).
 *
 * @param outcome - what an entry point returned
 */
export function expectWellFormed(outcome: Outcome): void {
  let previous = -1
  let indexed = 0
  for (const issue of outcome.issues) {
    const shown = (): string => JSON.stringify({ ...issue, raw: undefined }).slice(0, 2000)
    check(issueKinds.has(issue.kind), () => `unknown kind: ${shown()}`)
    check(typeof issue.message === 'string' && issue.message.length > 0, () => `no message: ${shown()}`)
    check(issue.message.length <= MAX_MESSAGE_LENGTH, () => `message of ${issue.message.length} characters: ${shown()}`)
    check(Array.isArray(issue.problems) && issue.problems.length <= 20, () => `problems: ${shown()}`)
    check(
      typeof issue.path === 'string' && typeof issue.expected === 'string' && typeof issue.found === 'string',
      () => `path, expected and found must be strings: ${shown()}`,
    )
    if (issue.index !== undefined) {
      check(Number.isSafeInteger(issue.index) && issue.index > previous, () => `index ${issue.index} after ${previous}: ${shown()}`)
      previous = issue.index
      indexed++
    }
  }
  // Records and per-record issues share one numbering: no index can reach their count.
  check(previous < outcome.records.length + indexed, () => `index ${previous} with ${outcome.records.length} records and ${indexed} indexed issues`)
  const streamed = outcome.streamedIndexes
  if (streamed !== undefined) {
    check(
      streamed.every((index, i) => index === i),
      () => `streamRecords yielded indexes ${JSON.stringify(streamed)}, not 0, 1, 2, ...`,
    )
  }
}

/**
 * Checks that a log file's `Records` array is accounted for element by
 * element: element `i` is the next record, or an issue with index `i` whose
 * `raw` is the element (the same JSON) at `$.Records[i]`. (An SNS or SQS
 * record of a Lambda event gives the record of its message, or an issue at or
 * inside `$.Records[i]`.)
 *
 * @param outcome - what an entry point returned for `{"Records": elements}`
 * @param elements - the elements
 */
export function expectEveryElementAccounted(outcome: Outcome, elements: ReadonlyArray<unknown>): void {
  expectWellFormed(outcome)
  check(
    outcome.records.length + outcome.issues.length === elements.length,
    () => `${elements.length} elements, ${outcome.records.length} records and ${outcome.issues.length} issues`,
  )
  let nextRecord = 0
  let nextIssue = 0
  for (let i = 0; i < elements.length; i++) {
    const element = JSON.stringify(elements[i])
    const issue = outcome.issues[nextIssue]
    if (issue !== undefined && issue.index === i) {
      nextIssue++
      // At the element, or inside it (the message of an SNS or SQS record of a Lambda event).
      check(issue.location === `$.Records[${i}]` || (issue.location ?? '').startsWith(`$.Records[${i}].`), () => `issue ${i} at ${issue.location}`)
      check(issue.raw !== undefined, () => `issue ${i} keeps nothing of ${element}`)
      if (issue.location === `$.Records[${i}]`) check(JSON.stringify(issue.raw) === element, () => `issue ${i} keeps ${JSON.stringify(issue.raw)}, not ${element}`)
    } else {
      const record = outcome.records[nextRecord++]
      check(record !== undefined, () => `element ${i} (${element}) gave no record and no issue`)
      // The element itself, or the record its SNS or SQS message held.
      if (!isLambdaRecord(elements[i])) check(JSON.stringify(record) === element, () => `element ${i} is ${element}, but the record is ${JSON.stringify(record)}`)
    }
  }
}

/**
 * Where two JSON values first differ, or `undefined` when they are equal in
 * the sense of `toStrictEqual`: the same own keys (in any order), the same
 * prototypes, array lengths and primitives (`Object.is`). Unlike vitest's
 * `toStrictEqual`, it does not read `constructor`, which a parsed record may
 * hold as an own data key (`{"constructor": {...}}`), and it never recurses.
 *
 * @param actual - the value to check
 * @param expected - the value it must equal
 * @returns the JSON path of the first difference, or `undefined`
 */
export function firstDifference(actual: unknown, expected: unknown): string | undefined {
  const stack: Array<readonly [unknown, unknown, string]> = [[actual, expected, '$']]
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [a, b, path] = top
    if (Object.is(a, b)) continue
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return path
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path} (prototype)`
    const keysA = Object.keys(a)
    const keysB = new Set(Object.keys(b))
    if (keysA.length !== keysB.size || !keysA.every((k) => keysB.has(k))) return `${path} (keys)`
    for (const key of keysA) stack.push([(a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}[${JSON.stringify(key)}]`])
  }
  return undefined
}

/**
 * Fails unless two JSON values are strictly equal (see {@link firstDifference}).
 *
 * @param actual - the value to check
 * @param expected - the value it must equal
 */
export function expectSameJson(actual: unknown, expected: unknown): void {
  const at = firstDifference(actual, expected)
  check(at === undefined, () => `differs at ${at}: ${JSON.stringify(actual)?.slice(0, 2000)} is not ${JSON.stringify(expected)?.slice(0, 2000)}`)
}
