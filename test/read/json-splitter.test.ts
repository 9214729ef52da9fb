import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { JsonSplitter } from '../../src/read/json-splitter.js'
import type { SplitHandler, SplitOptions } from '../../src/read/json-splitter.js'

type Event = ReadonlyArray<string | number | undefined>

const streaming: SplitOptions = { streamRecords: true, streamArray: true, maxValueChars: Number.POSITIVE_INFINITY }

/** Everything the splitter reports, as plain tuples. */
function recorder(): { handler: SplitHandler; events: Event[] } {
  const events: Event[] = []
  const handler: SplitHandler = {
    value: (text, offset, line) => events.push(['value', text, offset, line]),
    open: (container, offset, line) => events.push(['open', container, offset, line]),
    element: (text, index, offset) => events.push(['element', text, index, offset]),
    close: (end, offset, line) => events.push(['close', end, offset, line]),
    tail: (text, offset) => events.push(['tail', text, offset]),
    skip: (offset, line, excerpt, reason) => events.push(['skip', offset, line, excerpt, reason]),
    oversize: (offset, line, length, index) => events.push(['oversize', offset, line, length, index]),
  }
  return { handler, events }
}

/** Splits `text` fed in the given chunks. */
function split(chunks: ReadonlyArray<string>, options: SplitOptions = streaming): Event[] {
  const { handler, events } = recorder()
  const splitter = new JsonSplitter(handler, options)
  for (const chunk of chunks) splitter.push(chunk)
  splitter.end()
  return events
}

/** `text` cut at the given offsets. */
function cut(text: string, offsets: ReadonlyArray<number>): string[] {
  const points = [...new Set(offsets.map((o) => o % (text.length + 1)))].sort((a, b) => a - b)
  const chunks: string[] = []
  let from = 0
  for (const point of points) {
    chunks.push(text.slice(from, point))
    from = point
  }
  chunks.push(text.slice(from))
  return chunks
}

describe('JsonSplitter finds value boundaries and parses nothing', () => {
  it('streams the elements of a log file and reports the rest of its object', () => {
    const text = '{ "Records" : [ {"a":"]}"} , [1,{"b":"\\"}"}], "x\\\\", -1.5e3, true ] , "more": {"c":[]} }'
    expect(split([text])).toStrictEqual([
      ['open', 'Records', 0, 1],
      ['element', '{"a":"]}"}', 0, 16],
      ['element', '[1,{"b":"\\"}"}]', 1, 29],
      ['element', '"x\\\\"', 2, 46],
      ['element', '-1.5e3', 3, 53],
      ['element', 'true', 4, 61],
      ['close', 'closed', 66, 1],
      ['tail', ' , "more": {"c":[]} }', 67],
    ])
  })

  it('keeps an object whole when its first key is not Records, or Records is not an array', () => {
    for (const text of ['{"Records": 5}', '{"Recordsx": []}', '{"Rec": [1]}', '{"other": 1, "Records": []}', '{}', '{"Re\\u0063ords": []}']) {
      expect(split([text])).toStrictEqual([['value', text, 0, 1]])
    }
    expect(split(['{"Records": [1]}'], { ...streaming, streamRecords: false })).toStrictEqual([['value', '{"Records": [1]}', 0, 1]])
  })

  it('streams a top-level array, or keeps it whole when told not to', () => {
    expect(split(['[{"a":1}, 2]'])).toStrictEqual([
      ['open', 'array', 0, 1],
      ['element', '{"a":1}', 0, 1],
      ['element', '2', 1, 10],
      ['close', 'closed', 11, 1],
    ])
    expect(split(['[1, 2]'], { ...streaming, streamArray: false })).toStrictEqual([['value', '[1, 2]', 0, 1]])
  })

  it('reads values back to back, NDJSON and scalars, naming the line each starts on', () => {
    expect(split(['{"a":1}{"b":2}\n\n  "s" 12 null\r\n[]'])).toStrictEqual([
      ['value', '{"a":1}', 0, 1],
      ['value', '{"b":2}', 7, 1],
      ['value', '"s"', 18, 3],
      ['value', '12', 22, 3],
      ['value', 'null', 25, 3],
      ['open', 'array', 31, 4],
      ['close', 'closed', 32, 4],
    ])
  })

  it('reports text that cannot start a value once, and resumes at the next line that starts an object or array', () => {
    expect(split(['{"a":1} x y\n"s"\n z {\n{"b":2}'])).toStrictEqual([
      ['value', '{"a":1}', 0, 1],
      ['skip', 8, 1, 'x y', 'unexpected text where a JSON value should start'],
      ['value', '{"b":2}', 21, 4],
    ])
  })

  it('a line break inside a string ends the value there; the next line is read', () => {
    expect(split(['{"a":"cut\n{"b":2}'])).toStrictEqual([
      ['value', '{"a":"cut', 0, 1],
      ['value', '{"b":2}', 10, 2],
    ])
  })

  it('after one-line values on separate lines (NDJSON), a line that starts with { ends the value still open', () => {
    expect(split(['{"a":1}\n{"b": \n{"c":3}\n'])).toStrictEqual([
      ['value', '{"a":1}', 0, 1],
      ['value', '{"b": ', 8, 2],
      ['value', '{"c":3}', 15, 3],
    ])
    // An indented pretty-printed value after NDJSON lines is still read whole.
    expect(split(['{"a":1}\n{\n  "b": {\n    "c": [\n      {}\n    ]\n  }\n}'])).toStrictEqual([
      ['value', '{"a":1}', 0, 1],
      ['value', '{\n  "b": {\n    "c": [\n      {}\n    ]\n  }\n}', 8, 2],
    ])
    // A one-line log file cut between records, then more lines.
    expect(split(['{"a":1}\n{"Records":[{"b":2},\n{"c":3}'])).toStrictEqual([
      ['value', '{"a":1}', 0, 1],
      ['open', 'Records', 8, 2],
      ['element', '{"b":2}', 0, 20],
      ['close', 'broken', 29, 3],
      ['value', '{"c":3}', 29, 3],
    ])
    // Pretty-printed values back to back are not NDJSON: their line breaks are white space.
    expect(split(['{\n"a":1\n}\n{\n"b":2\n}'])).toStrictEqual([
      ['value', '{\n"a":1\n}', 0, 1],
      ['value', '{\n"b":2\n}', 10, 4],
    ])
  })

  it('a missing comma or a stray character between elements breaks the container', () => {
    expect(split(['{"Records":[1 2]}\n{"a":1}'])).toStrictEqual([
      ['open', 'Records', 0, 1],
      ['element', '1', 0, 12],
      ['close', 'broken', 14, 1],
      ['value', '{"a":1}', 18, 2],
    ])
    expect(split(['[1,,2]'])[2]).toStrictEqual(['close', 'broken', 3, 1])
    expect(split(['[1,]'])[2]).toStrictEqual(['close', 'broken', 3, 1])
    expect(split(['[1}'])[2]).toStrictEqual(['close', 'broken', 2, 1])
  })

  it('the end of the input inside a value, an element or a container is reported as such', () => {
    expect(split(['{"a":"b'])).toStrictEqual([['value', '{"a":"b', 0, 1]])
    expect(split(['{"Records":[{"a":'])).toStrictEqual([
      ['open', 'Records', 0, 1],
      ['element', '{"a":', 0, 12],
      ['close', 'cut', 17, 1],
    ])
    expect(split(['{"Records":[1,'])).toStrictEqual([
      ['open', 'Records', 0, 1],
      ['element', '1', 0, 12],
      ['close', 'cut', 14, 1],
    ])
    expect(split(['{"Records":[], "x'])).toStrictEqual([
      ['open', 'Records', 0, 1],
      ['close', 'closed', 12, 1],
      ['tail', ', "x', 13],
    ])
    expect(split(['{"Rec'])).toStrictEqual([['value', '{"Rec', 0, 1]])
    expect(split(['   '])).toStrictEqual([])
  })

  it('a value or element over the limit is reported by its length and not kept', () => {
    const options = { ...streaming, maxValueChars: 10 }
    expect(split(['{"a":"0123456789"} [1, "0123456789ab", 3]'], options)).toStrictEqual([
      ['oversize', 0, 1, 18, undefined],
      ['open', 'array', 19, 1],
      ['element', '1', 0, 20],
      ['oversize', 23, 1, 14, 1],
      ['element', '3', 2, 39],
      ['close', 'closed', 40, 1],
    ])
    expect(split(['{"a":', '"0123', '456789"}'], options)).toStrictEqual([['oversize', 0, 1, 18, undefined]])
  })
})

describe('chunk boundaries do not matter', () => {
  const record = { eventVersion: '1.08', s: 'quote " backslash \\ brackets ]}[{ unicode é€😀 \u2028', n: [1, -2.5e-3, true, null, {}] }
  const texts = [
    JSON.stringify({ Records: [record, record, 'x', 3] }),
    JSON.stringify({ Records: [record] }, null, 2),
    [record, record].map((r) => JSON.stringify(r)).join('\n'),
    JSON.stringify(record) + JSON.stringify([record]) + JSON.stringify(record),
    `{"Records":[${JSON.stringify(record)},{"a":1 "b"}, 2]}\n{"c":"cut\n[1,,2]\n\tgarbage {\n{"d":4}`,
  ]

  it.each(texts.map((t, i) => [i, t] as const))('text %i: one character at a time gives what one chunk gives', (_i, text) => {
    expect(split([...text])).toStrictEqual(split([text]))
  })

  test.prop([fc.constantFrom(...texts), fc.array(fc.nat(), { maxLength: 30 })])('cut anywhere, the events are the same', (text, offsets) => {
    expect(split(cut(text, offsets))).toStrictEqual(split([text]))
  })

  const jsonish = fc.string({
    unit: fc.constantFrom('{', '}', '[', ']', '"', '\\', ',', ':', '\n', ' ', 'a', '1', '-', 't', 'n', 'u', 'l', 'R', 'e', 'c', 'o', 'r', 'd', 's', 'é', '😀'),
    maxLength: 120,
  })

  test.prop([jsonish, fc.array(fc.nat(), { maxLength: 20 })])('even for arbitrary text that is mostly not JSON', (text, offsets) => {
    expect(split(cut(text, offsets))).toStrictEqual(split([text]))
  })

  test.prop([fc.array(fc.jsonValue(), { minLength: 1, maxLength: 5 }), fc.array(fc.nat(), { maxLength: 20 })])(
    'NDJSON of any JSON values: one value per line, each of them whole',
    (values, offsets) => {
      const lines = values.map((v) => JSON.stringify(v))
      const events = split(cut(lines.join('\n'), offsets), { ...streaming, streamArray: false, streamRecords: false })
      expect(events.map((e) => JSON.parse(String(e[1])) as unknown)).toStrictEqual(lines.map((l) => JSON.parse(l) as unknown))
    },
  )
})
