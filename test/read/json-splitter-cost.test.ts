/**
 * What the scan costs, counted rather than timed (issue 16): inside a string
 * it looks only at quotes, backslashes and line breaks, jumping to the next
 * one with `indexOf`; it searches for a backslash or a line break once per
 * value while there is none left in the chunk; and it looks for the end of a
 * run of records once per chunk when there is none. The counts are of calls
 * of `String.prototype.charCodeAt`, `indexOf` and `lastIndexOf` made while
 * the splitter reads; they hold whatever the machine's speed.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { JsonSplitter } from '../../src/read/json-splitter.js'
import type { SplitHandler } from '../../src/read/json-splitter.js'

type Counted = 'charCodeAt' | 'indexOf' | 'lastIndexOf'

const originals = {
  charCodeAt: String.prototype.charCodeAt,
  indexOf: String.prototype.indexOf,
  lastIndexOf: String.prototype.lastIndexOf,
}

afterEach(() => {
  Object.assign(String.prototype, originals)
})

/** Reads `chunks` and counts the calls, by method and by the text searched for. */
function counts(chunks: ReadonlyArray<string>, runs = false): Map<string, number> {
  const calls = new Map<string, number>()
  const count = (key: string): void => {
    calls.set(key, (calls.get(key) ?? 0) + 1)
  }
  const handler: SplitHandler = {
    value: () => undefined,
    open: () => undefined,
    element: () => undefined,
    close: () => undefined,
    tail: () => undefined,
    skip: () => undefined,
    oversize: () => undefined,
    ...(runs ? { elements: () => -1 } : {}),
  }
  const splitter = new JsonSplitter(handler, { streamRecords: true, streamArray: true, maxValueChars: Number.POSITIVE_INFINITY })
  const patch = (name: Counted): void => {
    const original = originals[name] as (this: string, ...args: unknown[]) => number
    Object.defineProperty(String.prototype, name, {
      configurable: true,
      writable: true,
      value(this: string, ...args: unknown[]): number {
        count(name === 'charCodeAt' ? name : `${name} ${String(args[0])}`)
        return original.apply(this, args)
      },
    })
  }
  for (const name of ['charCodeAt', 'indexOf', 'lastIndexOf'] as const) patch(name)
  try {
    for (const chunk of chunks) splitter.push(chunk)
    splitter.end()
  } finally {
    Object.assign(String.prototype, originals)
  }
  return calls
}

/** A compact record with `strings` plain strings and no escape or line break. */
function record(n: number, strings = 10): string {
  return `{${Array.from({ length: strings / 2 }, (_, k) => `"key${k}":"value ${n} ${k}"`).join(',')}}`
}

describe('the cost of the scan', () => {
  it('inside a string, only the quotes are looked at: a string of 10,000 characters costs a few charCodeAt', () => {
    const calls = counts([`["${'plain text '.repeat(1000)}"]`])
    expect(calls.get('charCodeAt')).toBeLessThan(12)
    expect(calls.get('indexOf "')).toBe(1)
  })

  it('an escape costs its backslash and the character after it', () => {
    const calls = counts([`["${'ab\\ncd'.repeat(500)}"]`])
    expect(calls.get('charCodeAt')).toBeGreaterThanOrEqual(1000)
    expect(calls.get('charCodeAt')).toBeLessThan(1015)
    // the closing quote is found once, and kept while the escapes before it are read
    expect(calls.get('indexOf "')).toBeLessThanOrEqual(2)
    expect(calls.get('indexOf \\')).toBeLessThanOrEqual(502)
    // an escaped quote is passed as the escape it is, and the next quote searched for then
    expect(counts([`["${'ab\\"cd'.repeat(500)}"]`]).get('indexOf "')).toBeLessThanOrEqual(502)
  })

  it('a value with no backslash and no line break searches for each once, not once per string', () => {
    const text = `{"Records":[${Array.from({ length: 300 }, (_, n) => record(n)).join(',')}]}`
    const calls = counts([text])
    expect(calls.get('indexOf \\')).toBeLessThanOrEqual(301)
    expect(calls.get('indexOf \n')).toBeLessThanOrEqual(301)
    // one search per string, for its closing quote
    expect(calls.get('indexOf "')).toBeLessThanOrEqual(300 * 10 + 1)
    // the characters outside the strings, and the quotes: far fewer than the text's length
    expect(calls.get('charCodeAt')).toBeLessThan(text.length / 3)
  })

  it('a backslash or a line break further on is searched for once, and kept until the scan passes it', () => {
    const strings = Array.from({ length: 200 }, (_, k) => `"key${k}":"value ${k}"`)
    // one backslash, in the last string: found once, from the first string on
    const escaped = counts([`[{${strings.join(',')},"last":"a\\tb"}]`])
    expect(escaped.get('indexOf \\')).toBeLessThanOrEqual(2)
    // pretty-printed: one line break per member, each searched for once as the scan passes the one before
    const pretty = counts([`[{\n${strings.join(',\n')}\n}]`])
    expect(pretty.get('indexOf \n')).toBeLessThanOrEqual(strings.length + 3)
  })

  it('a chunk with no place where a run could end is searched once, not once per element', () => {
    const text = `{"Records":[${Array.from({ length: 300 }, (_, n) => record(n)).join(',')}]}`
    const calls = counts([text.slice(0, 5000), text.slice(5000)], true)
    expect(calls.get('lastIndexOf "eventVersion"')).toBe(2)
  })

  it('a chunk whose run was refused is not searched again until the run is passed', () => {
    const records = Array.from({ length: 50 }, (_, n) => record(n).replace('{', '{"eventVersion":"1.08",'))
    const calls = counts([`{"Records":[${records.join(',')}]}`], true)
    expect(calls.get('lastIndexOf "eventVersion"')).toBeLessThanOrEqual(3)
  })
})
