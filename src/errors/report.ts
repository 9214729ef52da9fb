import * as t from 'io-ts'
import { describeValue } from './excerpt.js'
import type { Problem } from './issue.js'

/**
 * The most problems kept per issue.
 *
 * @example
 * ```ts
 * issue.problems.length <= MAX_PROBLEMS   // always true
 * ```
 */
export const MAX_PROBLEMS = 20

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** The most characters of one key kept in a path, so that a huge key cannot make an issue huge. */
export const MAX_KEY_IN_PATH = 64

/**
 * Appends one key to a JSON path: `.name` for identifiers, `[3]` for array
 * indexes, `["x-amz-id-2"]` otherwise. A key longer than
 * {@link MAX_KEY_IN_PATH} characters is cut, and the cut marked with `…`.
 *
 * @param path - a path such as `$` or `$.Records[3]`
 * @param key - the key or index to append
 * @returns the longer path
 */
export function appendPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`
  if (key.length > MAX_KEY_IN_PATH) return `${path}[${JSON.stringify(`${key.slice(0, MAX_KEY_IN_PATH)}…`)}]`
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`
}

function isContainer(u: unknown): u is Record<string, unknown> {
  return typeof u === 'object' && u !== null
}

/** A codec that wraps another, as `nullable` does (`_tag: 'NullableType'`, the wrapped codec in `type`). */
function wrappedByNullable(type: t.Decoder<unknown, unknown>): t.Decoder<unknown, unknown> | undefined {
  const wrapper = type as { readonly _tag?: unknown; readonly type?: unknown }
  return wrapper._tag === 'NullableType' && wrapper.type instanceof t.Type ? (wrapper.type as t.Decoder<unknown, unknown>) : undefined
}

/**
 * What a codec expects, named for a message. A `nullable` codec is named by the
 * codec it wraps: it fails only on a value that is not `null`, so "or null"
 * would say nothing about the value found.
 */
function expectedName(type: t.Decoder<unknown, unknown>): string {
  const inner = wrappedByNullable(type)
  if (inner !== undefined) return expectedName(inner)
  if (type instanceof t.InterfaceType || type instanceof t.PartialType || type instanceof t.IntersectionType) {
    return 'object'
  }
  if (type instanceof t.ArrayType) return 'array'
  const name = type.name
  return name.startsWith('(') && name.endsWith(')') ? name.slice(1, -1) : name
}

/**
 * Turns one io-ts error into a {@link Problem}. io-ts records a context entry
 * for every codec it enters, including the members of unions and
 * intersections, which add no step to the data; an entry counts as a step only
 * when its value is what its parent holds under that key.
 */
function problemOf(error: t.ValidationError): Problem {
  const context = error.context
  let path = '$'
  let expectedEntry = context[0]
  for (let i = 1; i < context.length; i++) {
    const entry = context[i]
    const parent = context[i - 1]
    if (entry === undefined || parent === undefined) continue
    const holder = parent.actual
    if (!isContainer(holder) || entry.actual === holder) continue
    const key = entry.key
    const held = Object.prototype.hasOwnProperty.call(holder, key) ? holder[key] : undefined
    if (held !== entry.actual) continue
    path = appendPath(path, Array.isArray(holder) && /^\d+$/.test(key) ? Number(key) : key)
    expectedEntry = entry
  }
  const expected = expectedEntry === undefined ? 'a value' : expectedName(expectedEntry.type)
  return { path, expected, found: describeValue(error.value) }
}

/**
 * Turns io-ts errors into problems: one per distinct path and expectation
 * (the members of a union that all failed at one path count once), at most
 * {@link MAX_PROBLEMS}.
 *
 * @param errors - the errors of a failed `decode`
 * @returns the problems, in the order io-ts found them
 *
 * @example
 * ```ts
 * const result = CloudTrailRecord.decode({ eventVersion: '1.08', eventTime: 'yesterday', eventSource: 's3.amazonaws.com', eventName: 'GetObject' })
 * if (result._tag === 'Left') problemsOf(result.left)
 * // [{ path: '$.eventTime', expected: 'IsoTimestamp', found: '"yesterday" (string)' }]
 * ```
 */
export function problemsOf(errors: t.Errors): Problem[] {
  const problems: Problem[] = []
  const seen = new Set<string>()
  for (const error of errors) {
    const problem = problemOf(error)
    const key = `${problem.path}\u0000${problem.expected}`
    if (seen.has(key)) continue
    seen.add(key)
    problems.push(problem)
    if (problems.length >= MAX_PROBLEMS) break
  }
  return problems
}

/**
 * Writes problems as one readable sentence.
 *
 * @param problems - problems from {@link problemsOf}
 * @returns `$.a: expected string, found 1 (number); $.b: ...`
 *
 * @example
 * ```ts
 * formatProblems([{ path: '$.readOnly', expected: 'boolean', found: '"true" (string)' }])
 * // '$.readOnly: expected boolean, found "true" (string)'
 * ```
 */
export function formatProblems(problems: ReadonlyArray<Problem>): string {
  return problems.map((p) => `${p.path}: expected ${p.expected}, found ${p.found}`).join('; ')
}
