import type * as t from 'io-ts'
import type { IssueDraft } from '../errors/make-issue.js'
import { formatProblems, problemsOf } from '../errors/report.js'
import type { SourceEntry } from './entry.js'

/** A parsed JSON object (not `null`, not an array): what a source detects and unwraps. */
export type JsonObject = Record<string, unknown>

/**
 * How a source unwraps what it carries: a value inside it (an element of an
 * array of wrappers) or the JSON text of one of its string fields (an SNS
 * `Message`, a `CloudTrailEvent`) is recognised again from the top of the
 * list, so that any source may hold any other. The list passes this to every
 * `unwrap`, so that no source imports the list.
 */
export interface Nested {
  /**
   * Unwraps a parsed value found inside a source: a wrapper, or else a record.
   *
   * @param item - the value
   * @param location - where it sits in the input, as a JSON path
   * @returns its entries, lazily
   */
  readonly value: (item: unknown, location: string) => Generator<SourceEntry>
  /**
   * Unwraps the JSON text of a string field: a wrapper, or else a record. Text
   * that is not JSON is an issue for one record, with the text in `raw`.
   *
   * @param text - the string
   * @param location - where it sits in the input, as a JSON path
   * @returns its entries, lazily
   */
  readonly text: (text: string, location: string) => Generator<SourceEntry>
}

/**
 * One input source: a shape CloudTrail records arrive in (a log file, an
 * EventBridge event, a LookupEvents page, ...). Its module owns its codecs,
 * how it is recognised and how it is unwrapped into raw records; the list in
 * `list.ts` puts the sources in the order detection asks them.
 *
 * A source never decodes a record: it yields each raw record with its
 * location, and an issue for what is not a record (a wrapper that does not
 * match its codec, a string that is not JSON).
 *
 * @typeParam Name - its name: the value of the `source` option that picks it,
 * or, for a shape that is only ever recognised (a digest file, the records of
 * an SNS event delivered to Lambda), a name of its own
 */
export interface Source<Name extends string = string> {
  /** The name that picks it. */
  readonly name: Name
  /**
   * Whether a parsed object has this source's shape, from its keys only
   * (cheap: it runs for every object of an array or of NDJSON). Detection
   * asks the sources in list order and the first that says yes unwraps the
   * object.
   *
   * @param o - the object
   * @returns whether it is of this source
   */
  readonly detect: (o: JsonObject) => boolean
  /**
   * Unwraps an object of this source into raw records and issues, in input order.
   *
   * @param o - the object
   * @param location - where it sits in the input, as a JSON path (`$` for the whole input)
   * @param nested - unwraps what it carries
   * @returns the entries, lazily
   */
  readonly unwrap: (o: JsonObject, location: string, nested: Nested) => Generator<SourceEntry>
}

/**
 * Whether an object has a key of its own (not one of `Object.prototype`).
 *
 * @param o - the object
 * @param key - the key
 * @returns whether `key` is its own
 */
export function hasOwn(o: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key)
}

/**
 * An `input` issue about the input (it takes no record index).
 *
 * @param problems - what was expected and found
 * @param detail - a sentence that explains it
 * @param location - where in the input
 * @returns the issue's entry
 */
export function inputIssue(problems: IssueDraft['problems'], detail?: string, location?: string): SourceEntry {
  return {
    kind: 'issue',
    perRecord: false,
    issue: {
      kind: 'input',
      problems,
      ...(detail === undefined ? {} : { detail }),
      ...(location === undefined ? {} : { location }),
    },
  }
}

/**
 * Checks a wrapper against its codec.
 *
 * @param codec - the wrapper's codec
 * @param value - the wrapper
 * @param location - where it sits in the input
 * @returns nothing when it matches, else an `input` issue about the input
 */
export function mismatch(codec: t.Decoder<unknown, unknown>, value: unknown, location: string): SourceEntry | undefined {
  const result = codec.decode(value)
  if (result._tag === 'Right') return undefined
  return inputIssue(problemsOf(result.left), `not a valid ${codec.name}: ${formatProblems(problemsOf(result.left))}`, location)
}

/**
 * Like {@link mismatch}, for a wrapper that carries exactly one record (an
 * SNS or SQS record of a Lambda event): the issue stands for that record, so
 * it takes a record index and keeps the wrapper in `raw`.
 *
 * @param codec - the wrapper's codec
 * @param value - the wrapper
 * @param location - where it sits in the input
 * @returns nothing when it matches, else an issue for one record
 */
export function oneRecordMismatch(codec: t.Decoder<unknown, unknown>, value: unknown, location: string): SourceEntry | undefined {
  const result = codec.decode(value)
  if (result._tag === 'Right') return undefined
  const problems = problemsOf(result.left)
  return {
    kind: 'issue',
    perRecord: true,
    issue: { kind: 'input', problems, detail: `not a valid ${codec.name}: ${formatProblems(problems)}`, location, raw: value },
  }
}
