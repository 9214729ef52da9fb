/**
 * When runs of whole elements are offered to the handler (`elements`, issue
 * 16): only text that ends just before a CloudTrail record (`}` then `,`,
 * `{` and `"eventVersion"`, white space allowed between them), found from the
 * end of the chunk back, a few places at most; never in NDJSON or past the
 * size limit; a run the handler refuses is scanned, and not offered again.
 * What the handler then reads is pinned against the scan by
 * `json-splitter-differential.test.ts`; these cases pin which runs it is
 * offered.
 */
import { describe, expect, it } from 'vitest'
import { JsonSplitter } from '../../src/read/json-splitter.js'
import type { SplitHandler, SplitOptions } from '../../src/read/json-splitter.js'

type Event = ReadonlyArray<string | number | undefined>

const streaming: SplitOptions = { streamRecords: true, streamArray: true, maxValueChars: Number.POSITIVE_INFINITY }

/** The events, with each run offered as `['run', text, index, offset]`; the handler takes runs unless `refuse`. */
function split(chunks: ReadonlyArray<string>, options: Partial<SplitOptions> = {}, refuse = false): Event[] {
  const events: Event[] = []
  const handler: SplitHandler = {
    value: (text, offset, line) => events.push(['value', text, offset, line]),
    open: (container, offset, line) => events.push(['open', container, offset, line]),
    element: (text, index, offset) => events.push(['element', text, index, offset]),
    close: (end, offset, line) => events.push(['close', end, offset, line]),
    tail: (text, offset) => events.push(['tail', text, offset]),
    skip: (offset, line, excerpt, reason) => events.push(['skip', offset, line, excerpt, reason]),
    oversize: (offset, line, length, index) => events.push(['oversize', offset, line, length, index]),
    elements: (text, index, offset) => {
      events.push(['run', text, index, offset])
      return refuse ? -1 : (JSON.parse(`[${text}]`) as unknown[]).length
    },
  }
  const splitter = new JsonSplitter(handler, { ...streaming, ...options })
  for (const chunk of chunks) splitter.push(chunk)
  splitter.end()
  return events
}

const a = '{"eventVersion":"1.08","eventName":"A"}'
const b = '{"eventVersion":"1.08","eventName":"B","resources":[{"ARN":"x"},{"ARN":"y"}]}'
const c = '{"eventVersion":"1.08","eventName":"C"}'

describe('the runs a handler with `elements` is offered', () => {
  it('the whole records before the last one that begins in the chunk; the last is scanned', () => {
    const text = `{"Records":[${a},${b},${c}]}`
    expect(split([text])).toStrictEqual([
      ['open', 'Records', 0, 1],
      ['run', `${a},${b}`, 0, 12],
      ['element', c, 2, 13 + a.length + b.length + 1],
      ['close', 'closed', text.length - 2, 1],
      ['tail', '}', text.length - 1],
    ])
  })

  it('white space between the records, line breaks counted past the run', () => {
    const text = `{"Records": [\n  ${a} ,\n  {\n "eventVersion":"1.08"},\t{\r\n"eventVersion" : 1}\n]}`
    const events = split([text])
    expect(events[1]).toStrictEqual(['run', `${a} ,\n  {\n "eventVersion":"1.08"}`, 0, 16])
    expect(events[2]).toStrictEqual(['element', '{\r\n"eventVersion" : 1}', 2, text.indexOf('{\r\n')])
    expect(events[3]).toStrictEqual(['close', 'closed', text.lastIndexOf(']'), 6])
  })

  it('a run the handler refuses is scanned element by element, and not offered again', () => {
    expect(split([`{"Records":[${a},${b},${c}]}`], {}, true)).toStrictEqual([
      ['open', 'Records', 0, 1],
      ['run', `${a},${b}`, 0, 12],
      ['element', a, 0, 12],
      ['element', b, 1, 13 + a.length],
      ['element', c, 2, 14 + a.length + b.length],
      ['close', 'closed', 14 + a.length + b.length + c.length, 1],
      ['tail', '}', 15 + a.length + b.length + c.length],
    ])
  })

  it('after a refused run, the next chunk offers runs again', () => {
    const events = split([`{"Records":[${a},${c},`, `${a},${b},${c}]}`], {}, true)
    expect(events.filter((e) => e[0] === 'run').map((e) => e[2])).toStrictEqual([0, 2])
  })

  it('nothing that does not begin like a CloudTrail record: no run', () => {
    const others = '{"Records":[{"a":1},{"b":2},{"c":3}]}'
    expect(split([others]).some((e) => e[0] === 'run')).toBe(false)
    // "eventVersion" as a value, or after something else than `}` `,` `{`
    for (const text of ['[{"x":"eventVersion"},{"y":1}]', '[{"a":1}, "eventVersion"]', '[{"a":1},{"b":{"eventVersion":1}}]', '[[1],{"eventVersion":1}]', '[1,{"eventVersion":1}]']) {
      expect(split([text]).some((e) => e[0] === 'run'), text).toBe(false)
    }
  })

  it('each of }, the comma and { must stand before "eventVersion", and the run must hold an element', () => {
    const offered = (text: string): Event[] => split([text]).filter((e) => e[0] === 'run')
    // not a { before the key, not a comma before the {, not a } before the comma
    expect(offered('[{"a":1},["eventVersion"]]')).toStrictEqual([])
    expect(offered('[{"a":{}}{"eventVersion":1}]')).toStrictEqual([])
    expect(offered('[{"a":1},1,{"eventVersion":1}]')).toStrictEqual([])
    // the record the run would start with is the last one: nothing before it in the run
    expect(offered('[1,{"eventVersion":1}]')).toStrictEqual([])
    expect(offered(`[${a} , \n {\t"eventVersion":2}]`)).toStrictEqual([['run', a, 0, 1]])
    // runs start at a {: an element of another kind before it is scanned
    expect(offered(`[1, ${a}, {"eventVersion":2}]`)).toStrictEqual([['run', a, 1, 4]])
  })

  it('the last three places where "eventVersion" stands are tried, from the end back', () => {
    const value = '{"x":"eventVersion"}'
    const tried = (bad: number): boolean => split([`[${a},${a},${Array.from({ length: bad }, () => value).join(',')}]`]).some((e) => e[0] === 'run')
    expect(tried(1)).toBe(true)
    expect(tried(2)).toBe(true)
    expect(tried(3)).toBe(false)
  })

  it('not in NDJSON, where a line that starts with { ends the array', () => {
    const text = `{"x":1}\n{"y":2}\n{"Records":[${a},${b},${c}]}\n`
    expect(split([text]).some((e) => e[0] === 'run')).toBe(false)
  })

  it('not past the size limit: a run longer than one value may be is scanned', () => {
    const text = `{"Records":[${a},${b},${c}]}`
    const runLength = a.length + 1 + b.length
    expect(split([text], { maxValueChars: runLength }).some((e) => e[0] === 'run')).toBe(true)
    expect(split([text], { maxValueChars: runLength - 1 }).some((e) => e[0] === 'run')).toBe(false)
  })

  it('only from the start of an element that is whole in the chunk; one begun in the chunk before is scanned first', () => {
    const text = `{"Records":[${a},${b},${c},${a}]}`
    const cut = 12 + a.length + 5
    const events = split([text.slice(0, cut), text.slice(cut)])
    expect(events.filter((e) => e[0] === 'run' || e[0] === 'element').map((e) => [e[0], e[2]])).toStrictEqual([
      ['element', 0],
      ['element', 1],
      ['run', 2],
      ['element', 3],
    ])
  })
})
