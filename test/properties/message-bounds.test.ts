/**
 * Issue messages hold a bounded excerpt of the offending value, never the
 * value: a valid record of any operation or identity has one of its fields,
 * at any depth, replaced by a huge value (a 1 MB string, an object with a
 * 1 MB key, 10,000 elements or keys, nesting 10,000 deep); whether the record
 * then decodes or not, every issue stays small.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { awsServices } from '../../src/aws/index.js'
import { parseRecords } from '../../src/parse/index.js'
import { oneOfLabelled, propertyRuns, propertyTimeout, recordArbitraries } from '../support/arbitraries.js'
import { check, MAX_MESSAGE_LENGTH } from './check-result.js'

const MB = 1024 * 1024
const megabyte = 'x'.repeat(MB)

/** Values far larger than any issue may quote. */
const hugeValues: ReadonlyArray<readonly [string, unknown]> = [
  ['a 1 MB string', megabyte],
  ['an object with a 1 MB key', { [megabyte]: megabyte }],
  ['10,000 numbers', Array.from({ length: 10_000 }, (_, i) => i)],
  ['10,000 strings of 100 characters', Array.from({ length: 10_000 }, () => 'y'.repeat(100))],
  ['an object of 10,000 keys', Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`key${i}`, i]))],
  ['10,000 levels of nesting', Array.from({ length: 10_000 }).reduce<unknown>((inner) => [inner], [])],
  ['10,000 objects with a wrong field', Array.from({ length: 10_000 }, () => ({ ARN: 5, type: [megabyte] }))],
]

/** The paths to every value inside a record (objects and arrays followed). */
function pathsOf(root: unknown): Array<ReadonlyArray<string>> {
  const paths: Array<ReadonlyArray<string>> = []
  const stack: Array<readonly [unknown, ReadonlyArray<string>]> = [[root, []]]
  while (stack.length > 0) {
    const [value, path] = stack.pop()!
    if (path.length > 0) paths.push(path)
    if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) stack.push([(value as Record<string, unknown>)[key], [...path, key]])
    }
  }
  return paths
}

/** A copy of `root` with the value at `path` replaced; only the objects along the path are copied. */
function replaced(root: unknown, path: ReadonlyArray<string>, value: unknown): unknown {
  const [key, ...rest] = path
  if (key === undefined) return value
  const container = root as Record<string, unknown>
  const copy: Record<string, unknown> = Array.isArray(root) ? ([...(root as unknown[])] as unknown as Record<string, unknown>) : Object.fromEntries(Object.entries(container))
  copy[key] = replaced(container[key], rest, value)
  return copy
}

/** The longest excerpt of a value: 80 characters, a cut mark and the JSON kind. */
const MAX_FOUND_LENGTH = 100
/** The longest path: a few levels of keys, each cut at 64 characters. */
const MAX_PATH_LENGTH = 1_000

describe('issue messages quote a bounded excerpt, whatever the value', () => {
  it(
    `a huge value in any field of any valid record (${propertyRuns} runs)`,
    () => {
      const records = oneOfLabelled(recordArbitraries())
      const withHuge = records.chain(({ label, value }) => {
        const paths = pathsOf(value)
        return fc.record({
          label: fc.constant(label),
          path: paths.length === 0 ? fc.constant<ReadonlyArray<string>>([]) : fc.constantFrom(...paths),
          huge: fc.constantFrom(...hugeValues),
          record: fc.constant(value),
        })
      })
      let longest = 0
      fc.assert(
        fc.property(withHuge, ({ label, path, huge: [name, value], record }) => {
          const { issues } = parseRecords([replaced(record, path, value)], { services: awsServices })
          for (const issue of issues) {
            const where = (): string => `${label}, ${name} at ${path.join('.')}: ${issue.message.slice(0, 300)}`
            longest = Math.max(longest, issue.message.length)
            check(issue.message.length <= MAX_MESSAGE_LENGTH, () => `message of ${issue.message.length} characters: ${where()}`)
            check(issue.path.length <= MAX_PATH_LENGTH, () => `path of ${issue.path.length} characters: ${where()}`)
            for (const problem of issue.problems) {
              check(problem.found.length <= MAX_FOUND_LENGTH, () => `found of ${problem.found.length} characters: ${where()}`)
              check(problem.path.length <= MAX_PATH_LENGTH, () => `problem path of ${problem.path.length} characters: ${where()}`)
            }
          }
        }),
        { numRuns: propertyRuns },
      )
      // The bound is loose: messages stay far below it.
      expect(longest).toBeLessThan(MAX_MESSAGE_LENGTH / 2)
    },
    propertyTimeout,
  )
})
