/**
 * The splitter against its reference (`reference-splitter.ts`, a frozen copy
 * of the splitter before its scan was made faster): on generated texts, cut
 * into chunks anywhere, both must report the same events, in the same order,
 * with the same texts, offsets, lines and indexes. The texts mix what the
 * splitter meets: log files (compact, pretty-printed, with text after the
 * Records array), NDJSON, top-level arrays and scalars, strings with escapes,
 * line breaks and brackets inside, white space of every kind, text that is
 * not JSON, and inputs cut short; some runs set a small size limit.
 *
 * With a handler that takes whole elements at once (`elements`, as the
 * streaming reader's does), the splitter offers it runs of records; the
 * handler here checks each run with `JSON.parse` as the reader does, and
 * reports the elements the reference finds in it: the events must still be
 * the reference's, so a run holds exactly the elements the scan would have
 * found, and everything after it (indexes, offsets, lines) is unchanged.
 *
 * The seeds are fixed, so that every run (and every mutant of
 * `npm run mutate:splitter`) meets the same texts; change them to explore.
 */
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { JsonSplitter } from '../../src/read/json-splitter.js'
import type { SplitHandler, SplitOptions } from '../../src/read/json-splitter.js'
import { JsonSplitter as ReferenceSplitter } from './reference-splitter.js'

type Event = ReadonlyArray<string | number | undefined>

interface Splitter {
  push(text: string): void
  end(): void
}

function events(
  make: (handler: SplitHandler, options: SplitOptions) => Splitter,
  chunks: ReadonlyArray<string>,
  options: SplitOptions,
  runs?: { count: number; refused: number },
): Event[] {
  const out: Event[] = []
  const handler: SplitHandler = {
    ...(runs === undefined
      ? {}
      : {
          elements: (text: string, index: number, offset: number): number => {
            try {
              JSON.parse(`[${text}]`)
            } catch {
              runs.refused++
              return -1
            }
            runs.count++
            // The elements the reference finds in the run, numbered and placed as in the whole text.
            const found = events((h, o) => new ReferenceSplitter(h, o), [`[${text}]`], { streamRecords: false, streamArray: true, maxValueChars: Number.POSITIVE_INFINITY })
            const elements = found.filter((event) => event[0] === 'element')
            for (const [, elementText, k, at] of elements) out.push(['element', elementText, index + Number(k), offset + Number(at) - 1])
            return elements.length
          },
        }),
    value: (text, offset, line) => out.push(['value', text, offset, line]),
    open: (container, offset, line) => out.push(['open', container, offset, line]),
    element: (text, index, offset) => out.push(['element', text, index, offset]),
    close: (end, offset, line) => out.push(['close', end, offset, line]),
    tail: (text, offset) => out.push(['tail', text, offset]),
    skip: (offset, line, excerpt, reason) => out.push(['skip', offset, line, excerpt, reason]),
    oversize: (offset, line, length, index) => out.push(['oversize', offset, line, length, index]),
  }
  const splitter = make(handler, options)
  for (const chunk of chunks) splitter.push(chunk)
  splitter.end()
  return out
}

/** The text cut at the given points (fractions of its length). */
function chunked(text: string, cuts: ReadonlyArray<number>): string[] {
  const points = [...new Set(cuts.map((c) => Math.floor(c * text.length)))].sort((a, b) => a - b)
  const chunks: string[] = []
  let at = 0
  for (const point of points) {
    chunks.push(text.slice(at, point))
    at = point
  }
  chunks.push(text.slice(at))
  return chunks
}

const space = fc.constantFrom(' ', '\t', '\r', '\n', '\r\n', '  ', '\n\n', '')
const scalar = fc.constantFrom(
  '0',
  '9',
  '-1',
  '01',
  '12.5e3',
  'true',
  'false',
  'null',
  'tru',
  'nul',
  'fa',
  'tx',
  'nulll',
  '-',
  '1a',
  '0x1',
  `t${'x'.repeat(45)}`,
  `nu${'l'.repeat(39)}`,
  '1'.repeat(50),
)
const stringText = fc.constantFrom(
  '"abc"',
  '""',
  '"a\\"b"',
  '"a\\\\"',
  '"a\\\\\\"b"',
  '"\\u0041\\n"',
  '"},{"',
  '"]}"',
  '"{\\"a\\":[1,{\\"b\\":2}]}"',
  '"é✓😀"',
  '"x\ny"',
  '"x\r\ny"',
  '"Records"',
  '"\\',
  '"open',
)
/** A JSON value as the splitter meets it: mostly valid, with strings and white space of every kind. */
const value: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    stringText,
    fc.array(fc.tuple(space, tie('value'), space), { maxLength: 4 }).map((items) => `[${items.map((i) => i.join('')).join(',')}]`),
    fc
      .array(fc.tuple(space, stringText, space, tie('value'), space), { maxLength: 4 })
      .map((members) => `{${members.map(([a, key, b, v, c]) => `${a}${key}${b}:${v}${c}`).join(',')}}`),
  ),
})).value
/** A CloudTrail-like record: `eventVersion` first, then members, some of them arrays of records or text that looks like a boundary. */
const record = fc
  .tuple(
    space,
    space,
    fc.array(
      fc.tuple(
        space,
        fc.oneof(
          { arbitrary: fc.constant('"resources":[{"ARN":"a"},{"ARN":"b"}]'), weight: 3 },
          { arbitrary: fc.constant('"nested":[{},{"eventVersion":"1.0"}]'), weight: 2 },
          { arbitrary: fc.constant('"policy":"{\\"a\\":1},{\\"eventVersion\\":2}"'), weight: 2 },
          { arbitrary: fc.constant('"text":"}, {\\"eventVersion\\""'), weight: 2 },
          { arbitrary: fc.tuple(fc.constantFrom('"a"', '"userIdentity"', '"é✓"'), fc.json()).map(([k, v]) => `${k}:${v}`), weight: 12 },
          { arbitrary: fc.constantFrom('"bad":"tab\there"', '"n":01', '"cut":', '"line":"a\nb"'), weight: 1 },
          { arbitrary: fc.tuple(stringText, value).map(([k, v]) => `${k}:${v}`), weight: 1 },
        ),
      ),
      { maxLength: 4 },
    ),
  )
  .map(([a, b, members]) => `{${a}"eventVersion"${b}:"1.08"${members.map(([w, m]) => `,${w}${m}`).join('')}}`)
const garbage = fc.constantFrom('/', ':', ',', ']', '}', 'abc', '#x', ',,', '[', '{', '"', '\\', `#${'-'.repeat(38)}`, `# ${'a garbage line '.repeat(4)}`)
/** A log file: its head (sometimes not quite `"Records"`), elements, and what follows the array. */
const logFile = fc
  .tuple(
    fc.constantFrom('{"Records":[', '{ "Records" : [', '{\n  "Records": [\n', '{\t"Records"\r:\n[', '{"Recordsx":[', '{"Record":[', '{"records":['),
    fc.array(fc.tuple(space, fc.oneof(value, garbage), space), { maxLength: 6 }),
    fc.constantFrom(']}', ']\n}', '], "x": 1}', ']}\n', '] , "Records": [1]}', ']', '', '] x', ']]'),
  )
  .map(([head, elements, end]) => `${head}${elements.map((e) => e.join('')).join(',')}${end}`)
/** A log file of records, as CloudTrail writes them and not quite. */
const recordsFile = fc
  .tuple(
    fc.constantFrom('{"Records":[', '{\n  "Records": [\n    ', '['),
    fc.array(fc.tuple(space, fc.oneof({ arbitrary: record, weight: 5 }, { arbitrary: value, weight: 1 }), space), { maxLength: 8 }),
    fc.constantFrom(']}', ']\n}\n', ']', ''),
  )
  .map(([head, elements, end]) => `${head}${elements.map((e) => e.join('')).join(',')}${end}`)
const piece = fc.oneof(
  { arbitrary: value, weight: 4 },
  { arbitrary: logFile, weight: 3 },
  { arbitrary: recordsFile, weight: 3 },
  { arbitrary: garbage, weight: 1 },
  { arbitrary: space, weight: 2 },
)
const text = fc.array(fc.tuple(piece, space), { maxLength: 6 }).map((pieces) => pieces.map((p) => p.join('')).join(''))
const options = fc.record({
  streamRecords: fc.boolean(),
  streamArray: fc.boolean(),
  maxValueChars: fc.oneof({ arbitrary: fc.constant(Number.POSITIVE_INFINITY), weight: 4 }, { arbitrary: fc.integer({ min: 0, max: 40 }), weight: 1 }),
})

describe('the splitter reports what its reference reports', () => {
  test.prop([text, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }), options], { seed: 1601, numRuns: 600 })(
    'on any text, cut anywhere',
    (input, cuts, splitOptions) => {
      const chunks = chunked(input, cuts)
      const expected = events((h, o) => new ReferenceSplitter(h, o), chunks, splitOptions)
      expect(events((h, o) => new JsonSplitter(h, o), chunks, splitOptions)).toStrictEqual(expected)
    },
  )

  test.prop([fc.array(fc.tuple(value, space), { minLength: 1, maxLength: 5 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 })], { seed: 1602, numRuns: 200 })(
    'on NDJSON, some lines cut short',
    (lines, cuts) => {
      const input = lines.map(([line, after], i) => (i % 3 === 2 ? line.slice(0, Math.ceil(line.length / 2)) : line) + after + '\n').join('')
      const chunks = chunked(input, cuts)
      const splitOptions: SplitOptions = { streamRecords: true, streamArray: true, maxValueChars: Number.POSITIVE_INFINITY }
      expect(events((h, o) => new JsonSplitter(h, o), chunks, splitOptions)).toStrictEqual(events((h, o) => new ReferenceSplitter(h, o), chunks, splitOptions))
    },
  )

  test.prop([fc.array(fc.tuple(fc.json(), space), { maxLength: 8 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }), fc.boolean()], { seed: 1699, numRuns: 200 })('on log files of valid JSON records, compact or pretty-printed', (records, cuts, pretty) => {
    const body = records.map(([record, after]) => (pretty ? JSON.stringify(JSON.parse(record), null, 2) : record) + after).join(',')
    const chunks = chunked(`{"Records":[${body}]}`, cuts)
    const splitOptions: SplitOptions = { streamRecords: true, streamArray: true, maxValueChars: Number.POSITIVE_INFINITY }
    expect(events((h, o) => new JsonSplitter(h, o), chunks, splitOptions)).toStrictEqual(events((h, o) => new ReferenceSplitter(h, o), chunks, splitOptions))
  })
})

describe('whole elements taken at once report what the scan reports', () => {
  const taken = { count: 0, refused: 0 }

  test.prop([text, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }), options], { seed: 1603, numRuns: 800 })(
    'on any text, cut anywhere',
    (input, cuts, splitOptions) => {
      const chunks = chunked(input, cuts)
      const expected = events((h, o) => new ReferenceSplitter(h, o), chunks, splitOptions)
      expect(events((h, o) => new JsonSplitter(h, o), chunks, splitOptions, taken)).toStrictEqual(expected)
    },
  )

  test.prop([fc.array(fc.tuple(record, space), { maxLength: 12 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }), fc.boolean()], { seed: 1604, numRuns: 300 })(
    'on log files of records, compact or pretty-printed',
    (records, cuts, pretty) => {
      const body = records.map(([r, after]) => r + after).join(pretty ? ',\n    ' : ',')
      const chunks = chunked(`{"Records":[${body}]}`, cuts)
      const splitOptions: SplitOptions = { streamRecords: true, streamArray: true, maxValueChars: Number.POSITIVE_INFINITY }
      expect(events((h, o) => new JsonSplitter(h, o), chunks, splitOptions, taken)).toStrictEqual(events((h, o) => new ReferenceSplitter(h, o), chunks, splitOptions))
    },
  )

  test('the runs were taken, and some refused', () => {
    // The properties above ran first: both paths were exercised, not only the scan.
    expect(taken.count).toBeGreaterThan(100)
    expect(taken.refused).toBeGreaterThan(50)
  })
})
