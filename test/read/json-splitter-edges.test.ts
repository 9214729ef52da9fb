/**
 * The splitter's boundary conditions, one by one: which characters start and
 * end a scalar, which are white space where, how lines are counted, when the
 * input counts as NDJSON, the size limit at its edge, escapes and line breaks
 * inside strings, the excerpt of skipped text. Written from the survivors of
 * mutation testing (`npm run mutate:splitter`, test/read/MUTATION.md): each
 * case fails under at least one mutant that the other tests let live.
 */
import { describe, expect, it } from 'vitest'
import { JsonSplitter } from '../../src/read/json-splitter.js'
import type { SplitHandler, SplitOptions } from '../../src/read/json-splitter.js'

type Event = ReadonlyArray<string | number | undefined>

const streaming: SplitOptions = { streamRecords: true, streamArray: true, maxValueChars: Number.POSITIVE_INFINITY }
const UNEXPECTED = 'unexpected text where a JSON value should start'

/** Everything the splitter reports for `chunks`, as plain tuples. */
function split(chunks: ReadonlyArray<string>, options: Partial<SplitOptions> = {}): Event[] {
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
  const splitter = new JsonSplitter(handler, { ...streaming, ...options })
  for (const chunk of chunks) splitter.push(chunk)
  splitter.end()
  return events
}

/** The same events whether the text comes whole or one character at a time. */
function splitBothWays(text: string, options: Partial<SplitOptions> = {}): Event[] {
  const whole = split([text], options)
  expect(split([...text], options)).toStrictEqual(whole)
  return whole
}

describe('which characters start a scalar', () => {
  it('a top-level value may start with a digit from 0 to 9 or a minus; t, f and n start only true, false and null', () => {
    expect(splitBothWays('0 9 -1 tx fx nx / :')).toStrictEqual([
      ['value', '0', 0, 1],
      ['value', '9', 2, 1],
      ['value', '-1', 4, 1],
      ['skip', 7, 1, 'tx fx nx / :', UNEXPECTED],
    ])
  })

  it('an element may start with 0, 9, a minus, t, f or n', () => {
    expect(splitBothWays('[0,9,-1,t,f,n]')).toStrictEqual([
      ['open', 'array', 0, 1],
      ['element', '0', 0, 1],
      ['element', '9', 1, 3],
      ['element', '-1', 2, 5],
      ['element', 't', 3, 8],
      ['element', 'f', 4, 10],
      ['element', 'n', 5, 12],
      ['close', 'closed', 13, 1],
    ])
  })

  it('the characters next to the digits, / and :, start nothing', () => {
    expect(splitBothWays('[/]\n[:]')).toStrictEqual([
      ['open', 'array', 0, 1],
      ['close', 'broken', 1, 1],
      ['open', 'array', 4, 2],
      ['close', 'broken', 5, 2],
    ])
    expect(splitBothWays('/')).toStrictEqual([['skip', 0, 1, '/', UNEXPECTED]])
    expect(splitBothWays(':')).toStrictEqual([['skip', 0, 1, ':', UNEXPECTED]])
  })
})

describe('which characters end a scalar', () => {
  it('at the top level: a space, a tab, a carriage return, a line break; a comma is text that is not JSON', () => {
    expect(splitBothWays('1 2\t3\r4\n5,6')).toStrictEqual([
      ['value', '1', 0, 1],
      ['value', '2', 2, 1],
      ['value', '3', 4, 1],
      ['value', '4', 6, 1],
      ['value', '5', 8, 2],
      ['skip', 9, 2, ',6', UNEXPECTED],
    ])
  })

  it('at the top level: a bracket, a brace, a quote or a colon', () => {
    expect(splitBothWays('1[2]3{"a":1}4"s"5:6')).toStrictEqual([
      ['value', '1', 0, 1],
      ['open', 'array', 1, 1],
      ['element', '2', 0, 2],
      ['close', 'closed', 3, 1],
      ['value', '3', 4, 1],
      ['value', '{"a":1}', 5, 1],
      ['value', '4', 12, 1],
      ['value', '"s"', 13, 1],
      ['value', '5', 16, 1],
      ['skip', 17, 1, ':6', UNEXPECTED],
    ])
  })

  it('in an array: white space of each kind, then a comma or the closing bracket', () => {
    expect(splitBothWays('[1\t,2\r,3\n,4 ]')).toStrictEqual([
      ['open', 'array', 0, 1],
      ['element', '1', 0, 1],
      ['element', '2', 1, 4],
      ['element', '3', 2, 7],
      ['element', '4', 3, 10],
      ['close', 'closed', 12, 2],
    ])
  })

  it('in an array: a colon, a quote, a bracket or a brace ends the element and breaks the array there', () => {
    for (const text of ['[1:2]', '[1"a"]', '[1[2]]', '[1{}]', '[1}']) {
      expect(splitBothWays(text)).toStrictEqual([
        ['open', 'array', 0, 1],
        ['element', '1', 0, 1],
        ['close', 'broken', 2, 1],
      ])
    }
  })
})

describe('which scalars are kept', () => {
  it('a word that starts with a digit or a minus is left to JSON.parse; so is a prefix of true, false or null', () => {
    expect(splitBothWays('0abc 9abc -abc tr fa nu')).toStrictEqual([
      ['value', '0abc', 0, 1],
      ['value', '9abc', 5, 1],
      ['value', '-abc', 10, 1],
      ['value', 'tr', 15, 1],
      ['value', 'fa', 18, 1],
      ['value', 'nu', 21, 1],
    ])
  })

  it('the same at the end of the input', () => {
    for (const text of ['0x', '9x', '-x', 'nul', 'fals', 'tru']) expect(splitBothWays(text)).toStrictEqual([['value', text, 0, 1]])
  })

  it('a word that starts like true, false or null and is none of them is text that is not JSON, before a space or at the end', () => {
    expect(splitBothWays('tx 1')).toStrictEqual([['skip', 0, 1, 'tx 1', UNEXPECTED]])
    for (const text of ['tx', 'fx', 'nx', 'falsy']) expect(splitBothWays(text)).toStrictEqual([['skip', 0, 1, text, UNEXPECTED]])
  })
})

describe('white space and lines', () => {
  it('before a top-level value: tabs, carriage returns and spaces; line breaks count lines', () => {
    expect(splitBothWays('\t\r 1\r\n\t2')).toStrictEqual([
      ['value', '1', 3, 1],
      ['value', '2', 7, 2],
    ])
  })

  it('between elements', () => {
    expect(splitBothWays('[\t1\r,\n2 ]')).toStrictEqual([
      ['open', 'array', 0, 1],
      ['element', '1', 0, 2],
      ['element', '2', 1, 6],
      ['close', 'closed', 8, 2],
    ])
  })

  it('in the head of a log file, each kind of white space around the key and the colon', () => {
    expect(splitBothWays('{\t"Records"\t:\t[1]}\n{\r"Records"\r:\r[2]}\n{ "Records" : [4]}')).toStrictEqual([
      ['open', 'Records', 0, 1],
      ['element', '1', 0, 15],
      ['close', 'closed', 16, 1],
      ['tail', '}', 17],
      ['open', 'Records', 19, 2],
      ['element', '2', 0, 34],
      ['close', 'closed', 35, 2],
      ['tail', '}', 36],
      ['open', 'Records', 38, 3],
      ['element', '4', 0, 53],
      ['close', 'closed', 54, 3],
      ['tail', '}', 55],
    ])
  })

  it('a line break in the head of a log file counts a line', () => {
    expect(splitBothWays('{\n"Records":[1]}\n{"a":1}')).toStrictEqual([
      ['open', 'Records', 0, 1],
      ['element', '1', 0, 13],
      ['close', 'closed', 14, 2],
      ['tail', '}', 15],
      ['value', '{"a":1}', 17, 3],
    ])
    expect(splitBothWays('{"Records"\n:\n[\n1]}\n2')).toStrictEqual([
      ['open', 'Records', 0, 1],
      ['element', '1', 0, 15],
      ['close', 'closed', 16, 4],
      ['tail', '}', 17],
      ['value', '2', 19, 5],
    ])
  })

  it('a line break inside the first key ends the object there, counted once', () => {
    expect(splitBothWays('{"Rec\n{"a":1}')).toStrictEqual([
      ['value', '{"Rec', 0, 1],
      ['value', '{"a":1}', 6, 2],
    ])
  })

  it('a first key that only starts like Records is scanned as the string it is', () => {
    expect(splitBothWays('{"Recx": "}"}')).toStrictEqual([['value', '{"Recx": "}"}', 0, 1]])
    expect(splitBothWays('{"Records" "}"}')).toStrictEqual([['value', '{"Records" "}"}', 0, 1]])
    expect(splitBothWays('{"Records": "]"}')).toStrictEqual([['value', '{"Records": "]"}', 0, 1]])
  })
})

describe('NDJSON: a value on one line, then a value on a later line', () => {
  it('a line that starts with { ends the value still open, which loses the line breaks at its end', () => {
    expect(splitBothWays('{"a":1}\n{"b": \r\n\r\n{"c":3}\n')).toStrictEqual([
      ['value', '{"a":1}', 0, 1],
      ['value', '{"b": ', 8, 2],
      ['value', '{"c":3}', 18, 4],
    ])
  })

  it('values on the same line are not NDJSON: a value after them may span lines', () => {
    expect(splitBothWays('{"a":1} {"b":\n{"c":1}}')).toStrictEqual([
      ['value', '{"a":1}', 0, 1],
      ['value', '{"b":\n{"c":1}}', 8, 1],
    ])
  })

  it('a log file over several lines is not a one-line value; a log file on one line is', () => {
    expect(splitBothWays('{"Records":[\n1\n]}\n{"b":\n{"c":1}}')).toStrictEqual([
      ['open', 'Records', 0, 1],
      ['element', '1', 0, 13],
      ['close', 'closed', 15, 3],
      ['tail', '}', 16],
      ['value', '{"b":\n{"c":1}}', 18, 4],
    ])
    expect(splitBothWays('{"Records":[1]}\n{"b":\n{"c":1}}')).toStrictEqual([
      ['open', 'Records', 0, 1],
      ['element', '1', 0, 12],
      ['close', 'closed', 13, 1],
      ['tail', '}', 14],
      ['value', '{"b":', 16, 2],
      ['value', '{"c":1}', 22, 3],
      ['skip', 29, 3, '}', UNEXPECTED],
    ])
    expect(splitBothWays('[1]\n{"b":\n{"c":1}}')).toStrictEqual([
      ['open', 'array', 0, 1],
      ['element', '1', 0, 1],
      ['close', 'closed', 2, 1],
      ['value', '{"b":', 4, 2],
      ['value', '{"c":1}', 10, 3],
      ['skip', 17, 3, '}', UNEXPECTED],
    ])
  })

  it('once the input is NDJSON, a line break in the head of an object makes it a value read whole', () => {
    expect(splitBothWays('{"a":1}\n{\n"Records":[1]}')).toStrictEqual([
      ['value', '{"a":1}', 0, 1],
      ['value', '{\n"Records":[1]}', 8, 2],
    ])
    expect(splitBothWays('{"a":1}\n{"Records"\n:[1]}\n2')).toStrictEqual([
      ['value', '{"a":1}', 0, 1],
      ['value', '{"Records"\n:[1]}', 8, 2],
      ['value', '2', 25, 4],
    ])
  })

  it('once the input is NDJSON, a line of an array that starts with { ends the array; blank lines do not matter', () => {
    expect(splitBothWays('{"a":1}\n[1,\n{"b":2}]')).toStrictEqual([
      ['value', '{"a":1}', 0, 1],
      ['open', 'array', 8, 2],
      ['element', '1', 0, 9],
      ['close', 'broken', 12, 3],
      ['value', '{"b":2}', 12, 3],
      ['skip', 19, 3, ']', UNEXPECTED],
    ])
    expect(splitBothWays('{"a":1}\n[1,\n\n{"b":2}]')).toStrictEqual([
      ['value', '{"a":1}', 0, 1],
      ['open', 'array', 8, 2],
      ['element', '1', 0, 9],
      ['close', 'broken', 13, 4],
      ['value', '{"b":2}', 13, 4],
      ['skip', 20, 4, ']', UNEXPECTED],
    ])
    // A line that starts with white space is not such a line.
    expect(splitBothWays('{"a":1}\n[1,\n\n {"b":2}]')).toStrictEqual([
      ['value', '{"a":1}', 0, 1],
      ['open', 'array', 8, 2],
      ['element', '1', 0, 9],
      ['element', '{"b":2}', 1, 14],
      ['close', 'closed', 21, 4],
    ])
  })
})

describe('skipping text that is not JSON', () => {
  it('resumes at a line that starts with { or [ after white space', () => {
    expect(splitBothWays('x\n \t\r{"a":1}\n')).toStrictEqual([
      ['skip', 0, 1, 'x', UNEXPECTED],
      ['value', '{"a":1}', 5, 2],
    ])
  })

  it('not at a { or [ after other text on the line; blank lines are counted', () => {
    expect(splitBothWays('x\n a{"b":1}\n[2]')).toStrictEqual([
      ['skip', 0, 1, 'x', UNEXPECTED],
      ['open', 'array', 12, 3],
      ['element', '2', 0, 13],
      ['close', 'closed', 14, 3],
    ])
    expect(splitBothWays('x\n\n\n[1]')).toStrictEqual([
      ['skip', 0, 1, 'x', UNEXPECTED],
      ['open', 'array', 4, 4],
      ['element', '1', 0, 5],
      ['close', 'closed', 6, 4],
    ])
  })

  it('the excerpt is the first 40 characters of the line, across chunks', () => {
    const line = 'xxxxxxxxxxyyyyyyyyyyzzzzzzzzzzwwwwwwwwwwvvvvvvvvvv'
    const expected = [
      ['skip', 0, 1, line.slice(0, 40), UNEXPECTED],
      ['value', '{}', 51, 2],
    ]
    expect(splitBothWays(`${line}\n{}`)).toStrictEqual(expected)
    expect(split([line.slice(0, 20), `${line.slice(20)}\n{}`])).toStrictEqual(expected)
    expect(split([line.slice(0, 39), `${line.slice(39)}\n{}`])).toStrictEqual(expected)
  })

  it('a stray comma where an element should start breaks the array', () => {
    expect(splitBothWays('[,1]')).toStrictEqual([
      ['open', 'array', 0, 1],
      ['close', 'broken', 1, 1],
    ])
  })
})

describe('strings, escapes and depth', () => {
  it('an escaped backslash, an escaped quote, an escaped line break', () => {
    expect(splitBothWays('["a\\\\", "b\\"c", "d\\\n"]')).toStrictEqual([
      ['open', 'array', 0, 1],
      ['element', '"a\\\\"', 0, 1],
      ['element', '"b\\"c"', 1, 8],
      ['element', '"d\\\n"', 2, 16],
      ['close', 'closed', 21, 1],
    ])
  })

  it('a top-level string ends at its closing quote; one cut short is kept as it is', () => {
    expect(splitBothWays('"a" "b\\"" "c')).toStrictEqual([
      ['value', '"a"', 0, 1],
      ['value', '"b\\""', 4, 1],
      ['value', '"c', 10, 1],
    ])
  })

  it('a line break inside a string element ends it and breaks the array; the next line is read', () => {
    expect(splitBothWays('["a\nb"]\n[1]')).toStrictEqual([
      ['open', 'array', 0, 1],
      ['element', '"a', 0, 1],
      ['close', 'broken', 3, 1],
      ['open', 'array', 8, 3],
      ['element', '1', 0, 9],
      ['close', 'closed', 10, 3],
    ])
  })

  it('nested arrays and objects, and a closing bracket of the wrong kind, only count depth', () => {
    expect(splitBothWays('[[1,[2]],{"a":{}}]')).toStrictEqual([
      ['open', 'array', 0, 1],
      ['element', '[1,[2]]', 0, 1],
      ['element', '{"a":{}}', 1, 9],
      ['close', 'closed', 17, 1],
    ])
    expect(splitBothWays('{"a":[}]}')).toStrictEqual([
      ['value', '{"a":[}]', 0, 1],
      ['skip', 8, 1, '}', UNEXPECTED],
    ])
  })

  it('after a scalar element, the text after the Records array is read as text, not as a scalar', () => {
    expect(splitBothWays('{"Records":[1], "x": 2}')).toStrictEqual([
      ['open', 'Records', 0, 1],
      ['element', '1', 0, 12],
      ['close', 'closed', 13, 1],
      ['tail', ', "x": 2}', 14],
    ])
  })

  it('empty containers', () => {
    expect(splitBothWays('[]{"Records":[]}')).toStrictEqual([
      ['open', 'array', 0, 1],
      ['close', 'closed', 1, 1],
      ['open', 'Records', 2, 1],
      ['close', 'closed', 14, 1],
      ['tail', '}', 15],
    ])
  })
})

describe('the size limit', () => {
  it('a value of exactly the limit is kept; one character more is not', () => {
    expect(splitBothWays('{"a":1} {"a":12}', { maxValueChars: 7 })).toStrictEqual([
      ['value', '{"a":1}', 0, 1],
      ['oversize', 8, 1, 8, undefined],
    ])
    expect(splitBothWays('[123,1234]', { maxValueChars: 3 })).toStrictEqual([
      ['open', 'array', 0, 1],
      ['element', '123', 0, 1],
      ['oversize', 5, 1, 4, 1],
      ['close', 'closed', 9, 1],
    ])
  })
})

describe('what the second mutation run found untested (issue 16)', () => {
  it('a value past the size limit over several chunks is as long as the text kept when it passed the limit', () => {
    expect(split(['["aaaaaaaaa', 'aaaaaaaaaa', 'aaaaaaaaaa', 'aaa"]'], { maxValueChars: 10 })).toStrictEqual([
      ['open', 'array', 0, 1],
      ['oversize', 1, 1, 20, 0],
      ['close', 'closed', 35, 1],
    ])
  })

  it('text after the Records array that passes the size limit is not reported, not even empty', () => {
    expect(split(['{"Records":[1], "x": "', 'aaaaaaaaaaaa"}'], { maxValueChars: 5 })).toStrictEqual([
      ['open', 'Records', 0, 1],
      ['element', '1', 0, 12],
      ['close', 'closed', 13, 1],
    ])
  })

  it('a log file on one line whose tail a line break cuts does not make the input NDJSON', () => {
    // Had it counted as a value ended on its line, the line that starts with { would cut the object before it.
    expect(split(['{"Records":[1],"x":"a\nb"}\n{"a":\n{"b":1}}'])).toStrictEqual([
      ['open', 'Records', 0, 1],
      ['element', '1', 0, 12],
      ['close', 'closed', 13, 1],
      ['tail', ',"x":"a', 14],
      ['value', '{"a":\n{"b":1}}', 26, 3],
    ])
  })

  it('the excerpt of a word that is not JSON is its first 40 characters, however long the word', () => {
    expect(split([`t${'x'.repeat(45)} 1\n2`])).toStrictEqual([['skip', 0, 1, `t${'x'.repeat(39)}`, UNEXPECTED]])
  })
})
