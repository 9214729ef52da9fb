import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { parseRecordsAsync } from '../../src/parse/parse-async.js'
import { parseRecords } from '../../src/parse/parse-records.js'
import { apiCall, serviceEvent } from '../record/composed.js'
import { corpusAvailable, corpusFiles, corpusRoot, readCorpusText } from '../support/corpus.js'
import { logFile } from '../sources/wrappers.js'

const records = [apiCall(), serviceEvent()]
const text = JSON.stringify(logFile(records))
const bytes = new TextEncoder().encode(text)

/** Bytes of a log file whose second record holds a byte that is not UTF-8 (inside a string). */
function brokenBytes(): Uint8Array {
  const good = JSON.stringify(apiCall())
  const head = new TextEncoder().encode(`{"Records":[${good},{"eventVersion":"1.0`)
  const tail = new TextEncoder().encode('8"}]}')
  return new Uint8Array([...head, 0xff, ...tail])
}

describe('parseRecords: bytes are UTF-8 JSON text', () => {
  it('a Buffer, as readFileSync(file) gives it without an encoding, decodes as its text does', () => {
    const result = parseRecords(Buffer.from(text))
    expect(result).toStrictEqual({ records, issues: [], skipped: [] })
  })

  it('a Uint8Array, an ArrayBuffer, a DataView and a slice of a larger buffer all read the same', () => {
    const padded = new Uint8Array(bytes.length + 6)
    padded.set(bytes, 3)
    for (const input of [bytes, bytes.buffer.slice(0), new DataView(bytes.buffer.slice(0)), padded.subarray(3, 3 + bytes.length)]) {
      expect(parseRecords(input)).toStrictEqual({ records, issues: [], skipped: [] })
    }
  })

  it('a UTF-8 byte order mark is skipped, and text beyond ASCII survives', () => {
    const record = { ...apiCall(), userAgent: 'Mozilla/5.0 (Ünïcödé ✓ 𝄞)' }
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(JSON.stringify(record))])
    expect(parseRecords(withBom)).toStrictEqual({ records: [record], issues: [], skipped: [] })
  })

  it('bytes that are not UTF-8: the records before them and the encoding issue of parseRecordsAsync', async () => {
    const sync = parseRecords(brokenBytes())
    const async = await parseRecordsAsync(brokenBytes())
    expect(sync.records).toStrictEqual([apiCall()])
    expect(sync.issues).toHaveLength(1)
    expect(sync.issues[0]).toMatchObject({ kind: 'encoding', expected: 'UTF-8 text' })
    expect(sync.issues[0]!.message).toMatch(/^input: the input is not valid UTF-8 at byte \d+ \(0xff /)
    expect(sync).toStrictEqual(async)
  })

  it.each<[string, number[]]>([
    ['a lone continuation byte', [0x7b, 0x22, 0x80, 0x22, 0x7d]],
    ['an overlong form', [0x7b, 0x22, 0xc0, 0xaf, 0x22, 0x7d]],
    ['a surrogate', [0x7b, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d]],
    ['a character cut by ASCII', [0x7b, 0x22, 0xe2, 0x82, 0x41, 0x22, 0x7d]],
    ['a character after a whole one', [0x7b, 0x22, 0xc3, 0xa9, 0x80, 0x22, 0x7d]],
    ['past U+10FFFF', [0x7b, 0x22, 0xf4, 0x90, 0x80, 0x80, 0x22, 0x7d]],
    ['the example of docs/errors.md', [0x7b, 0x22, 0xff, 0x22, 0x7d]],
  ])('%s: the same issue as parseRecordsAsync, at the same byte', async (_name, values) => {
    const input = new Uint8Array(values)
    const sync = parseRecords(input)
    expect(sync.issues.map((issue) => issue.kind)).toStrictEqual(['encoding'])
    expect(sync).toStrictEqual(await parseRecordsAsync(input))
  })

  it('bytes that end inside a character: the same issue as parseRecordsAsync', async () => {
    const input = new Uint8Array([...bytes, 0xe2, 0x82])
    const sync = parseRecords(input)
    expect(sync.issues.map((issue) => issue.message)).toStrictEqual([
      `input: the input ends inside a UTF-8 character at byte ${input.length}; the records read before this point are kept`,
    ])
    expect(sync).toStrictEqual(await parseRecordsAsync(input))
  })

  it('an invalid byte past the first MiB is found at its offset', async () => {
    const many = Array.from({ length: 4000 }, () => apiCall())
    const good = new TextEncoder().encode(JSON.stringify(logFile(many)))
    expect(good.length).toBeGreaterThan(1 << 20)
    const input = new Uint8Array(good)
    const at = input.lastIndexOf(0x41) // an "A" inside the last records' strings
    input[at] = 0xfe
    const sync = parseRecords(input)
    expect(sync.issues.at(-1)!.message).toContain(`not valid UTF-8 at byte ${at} (0xfe`)
    expect(sync).toStrictEqual(await parseRecordsAsync(input))
  })

  it('gzip bytes: one input issue that names parseRecordsAsync and streamRecords', () => {
    const result = parseRecords(gzipSync(text))
    expect(result.records).toStrictEqual([])
    expect(result.issues).toHaveLength(1)
    const [issue] = result.issues
    expect(issue).toMatchObject({ kind: 'input', path: '$' })
    expect(issue!.index).toBeUndefined()
    expect(issue!.found).toMatch(/^0x1f 0x8b /)
    expect(issue!.message).toContain('gzip')
    expect(issue!.message).toContain('parseRecordsAsync(input)')
    expect(issue!.message).toContain('streamRecords(input)')
  })

  it('base64 of gzip, as text or bytes: one input issue that names parseRecordsAsync', () => {
    const base64 = gzipSync(text).toString('base64')
    for (const input of [base64, Buffer.from(base64)]) {
      const result = parseRecords(input)
      expect(result.issues.map((issue) => issue.kind)).toStrictEqual(['input'])
      expect(result.issues[0]!.message).toContain('parseRecordsAsync(input)')
    }
  })

  it.each<[string, () => unknown]>([
    ['a Blob', () => new Blob([text])],
    ['a ReadableStream', () => new Blob([text]).stream()],
    ['a stream or an async iterable', () => Readable.from([bytes])],
  ])('%s, read only asynchronously: one input issue that names parseRecordsAsync', (kind, make) => {
    const result = parseRecords(make())
    expect(result.records).toStrictEqual([])
    expect(result.issues.map((issue) => issue.message)).toStrictEqual([
      `input: the input is ${kind}, which parseRecords cannot read (it reads synchronously): call parseRecordsAsync(input), or streamRecords(input) for an input of any size`,
    ])
  })

  it('a promise: one input issue that says to await it', () => {
    const result = parseRecords(Promise.resolve(text) as unknown)
    expect(result.issues.map((issue) => issue.message)).toStrictEqual(['input: the input is a promise: await it, and pass what it resolves to'])
  })
})

describe.skipIf(!corpusAvailable())('parseRecords: the files of the corpus, read as bytes', () => {
  it('every file reads the same as bytes (readFileSync(file)) and as text', () => {
    for (const file of corpusFiles('records')) {
      const asBytes = parseRecords(readFileSync(join(corpusRoot, 'records', file)))
      const asText = parseRecords(readCorpusText('records', file))
      expect(asBytes, file).toStrictEqual(asText)
      expect(asBytes.issues, file).toStrictEqual([])
    }
  })
})
