/**
 * Bytes that attack the byte layer: invalid UTF-8 (an `encoding` issue, never
 * a silent U+FFFD), a gzip stream cut short, and a gzip bomb (2 GB of text in
 * 2 MB of gzip: reading stops at `maxBytes` with a `limit` issue, after
 * inflating only what it read).
 */
import { Readable } from 'node:stream'
import { constants, createGzip, gzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseRecordsAsync, streamRecords } from '../../src/parse/index.js'
import type { ParseResult } from '../../src/parse/index.js'
import { MAX_MESSAGE_LENGTH } from '../properties/check-result.js'
import { logFileText, recordText } from './support.js'

const encoder = new TextEncoder()

/** Bytes delivered in chunks of `size`, counting how many bytes the reader pulled. */
function chunksOf(bytes: Uint8Array, size: number): { readonly stream: AsyncIterable<Uint8Array>; pulled: () => number } {
  let pulled = 0
  return {
    stream: {
      async *[Symbol.asyncIterator]() {
        for (let at = 0; at < bytes.length; at += size) {
          const chunk = bytes.subarray(at, at + size)
          pulled += chunk.length
          yield chunk
        }
      },
    },
    pulled: () => pulled,
  }
}

/** Reads with streamRecords and collects the result. */
async function streamed(input: unknown, options: { maxBytes?: number } = {}): Promise<ParseResult> {
  const result: ParseResult = { records: [], issues: [], skipped: [] }
  for await (const entry of streamRecords(input, options)) {
    if (entry.kind === 'record') result.records.push(entry.record)
    else if (entry.kind === 'issue') result.issues.push(entry.issue)
  }
  return result
}

const readers = [
  ['parseRecordsAsync', (input: unknown, options?: { maxBytes?: number }) => parseRecordsAsync(input, options)],
  ['streamRecords', streamed],
] as const

/** A log file of `n` records, each with its number in `requestID`. */
function numberedLogFile(n: number): string {
  return logFileText(...Array.from({ length: n }, (_, i) => recordText(`"requestID":"r-${i}"`)))
}

describe('invalid UTF-8: an encoding issue, never a silent U+FFFD', () => {
  const good = recordText('"requestID":"before"')
  const invalidSequences: ReadonlyArray<readonly [string, ReadonlyArray<number>]> = [
    ['a byte that never starts a character (0xff)', [0xff]],
    ['a continuation byte alone (0x80)', [0x80]],
    ['an overlong encoding of "/" (0xc0 0xaf)', [0xc0, 0xaf]],
    ['an encoded surrogate (0xed 0xa0 0x80)', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF (0xf4 0x90 0x80 0x80)', [0xf4, 0x90, 0x80, 0x80]],
    ['a character cut short (0xe2 0x82 then a quote)', [0xe2, 0x82]],
  ]

  for (const [name, sequence] of invalidSequences) {
    it.each(readers)(`%s: ${name} inside a string of the second record`, async (_reader, read) => {
      const before = encoder.encode(`{"Records":[${good},${recordText('"requestID":"').slice(0, -1)}`)
      const after = encoder.encode(`"}]}`)
      const bytes = new Uint8Array([...before, ...sequence, ...after])
      // Every split of the bytes into two chunks, so the bad bytes also straddle chunk boundaries.
      for (const split of [0, before.length - 1, before.length, before.length + 1, bytes.length]) {
        const input = Readable.from([bytes.subarray(0, split), bytes.subarray(split)].filter((c) => c.length > 0))
        const { records, issues } = await read(input)
        expect(records.map((r) => r.requestID)).toStrictEqual(['before'])
        expect(issues.map((i) => i.kind)).toStrictEqual(['encoding'])
        expect(issues[0]!.message).toMatch(/not valid UTF-8|inside a UTF-8 character/)
        expect(JSON.stringify(records)).not.toContain('\ufffd')
      }
    })
  }

  it.each(readers)('%s: invalid UTF-8 at the very end of the input (a character cut short) is an encoding issue', async (_reader, read) => {
    const bytes = new Uint8Array([...encoder.encode(`${good}\n`), 0xf0, 0x9f])
    const { records, issues } = await read(bytes)
    expect(records).toHaveLength(1)
    expect(issues.map((i) => i.kind)).toStrictEqual(['encoding'])
  })

  it.each(readers)('%s: U+FFFD written as valid UTF-8 (ef bf bd) is text, not an issue', async (_reader, read) => {
    const { records, issues } = await read(encoder.encode(logFileText(recordText('"requestID":"\ufffd"'))))
    expect(issues).toStrictEqual([])
    expect(records[0]!.requestID).toBe('\ufffd')
  })

  it.each(readers)('%s: invalid UTF-8 inside gzip is an encoding issue too', async (_reader, read) => {
    const bytes = new Uint8Array([...encoder.encode(`{"Records":[${good},"`), 0xff, ...encoder.encode('"]}')])
    const { records, issues } = await read(new Uint8Array(gzipSync(bytes)))
    expect(records).toHaveLength(1)
    expect(issues.map((i) => i.kind)).toStrictEqual(['encoding'])
  })
})

describe('a truncated gzip stream', () => {
  const text = numberedLogFile(2000)
  const gz = new Uint8Array(gzipSync(text))

  it.each(readers)('%s: cut in the middle, the records inflated before the cut are kept and an encoding issue says why', async (_reader, read) => {
    const { records, issues } = await read(chunksOf(gz.subarray(0, Math.floor(gz.length / 2)), 4096).stream)
    expect(records.length).toBeGreaterThan(0)
    expect(records.length).toBeLessThan(2000)
    // The records are a prefix of the file, in order.
    expect(records.map((r) => r.requestID)).toStrictEqual(records.map((_, i) => `r-${i}`))
    expect(issues.map((i) => i.kind)).toStrictEqual(['encoding'])
    expect(issues[0]!.message).toContain('gzip')
    expect(issues[0]!.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH)
  })

  it.each(readers)('%s: cut inside the gzip header, or after the last byte of data without the trailer', async (_reader, read) => {
    for (const cut of [2, 5, 9, gz.length - 4, gz.length - 1]) {
      const { issues } = await read(gz.subarray(0, cut))
      expect(issues.map((i) => i.kind)).toContain('encoding')
    }
  })

  it.each(readers)('%s: bytes after the end of the gzip data: the records are a prefix of the file, and junk gives an encoding issue', async (_reader, read) => {
    const padded = await read(new Uint8Array([...gz, 0x00, 0x00, 0x00, 0x00]))
    expect(padded.records.map((r) => r.requestID)).toStrictEqual(padded.records.map((_, i) => `r-${i}`))
    const junk = await read(chunksOf(new Uint8Array([...gz, ...encoder.encode('garbage')]), 4096).stream)
    expect(junk.records.map((r) => r.requestID)).toStrictEqual(junk.records.map((_, i) => `r-${i}`))
    expect(junk.issues.map((i) => i.kind)).toStrictEqual(['encoding'])
  })
})

describe('a gzip bomb: 2 GB of text in about 2 MB of gzip', () => {
  const BOMB_TEXT_BYTES = 2 * 1024 * 1024 * 1024
  const MAX_BYTES = 4 * 1024 * 1024
  let bomb = new Uint8Array(0)
  /** How long the platform takes to inflate all of the bomb, discarding the text. */
  let fullInflateSeconds = 0

  beforeAll(async () => {
    // A lazily generated log file: `{"Records":[` then 2 GB of spaces, compressed as it is generated.
    const block = Buffer.alloc(1 << 20, 0x20)
    async function* text(): AsyncGenerator<Buffer> {
      yield Buffer.from('{"Records":[')
      for (let written = 0; written < BOMB_TEXT_BYTES; written += block.length) yield block
    }
    const parts: Buffer[] = []
    for await (const part of Readable.from(text()).pipe(createGzip({ level: 1, strategy: constants.Z_RLE }))) parts.push(part as Buffer)
    bomb = new Uint8Array(Buffer.concat(parts))
    const started = performance.now()
    const reader = new Blob([bomb]).stream().pipeThrough(new DecompressionStream('gzip')).getReader()
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      // Discard: only the time matters.
    }
    fullInflateSeconds = (performance.now() - started) / 1000
  }, 120_000)

  it('is a real bomb: over a thousand times smaller than its text', () => {
    expect(bomb.length).toBeLessThan(BOMB_TEXT_BYTES / 1000)
  })

  it.each(readers)('%s: stops at maxBytes with a limit issue, in little time and memory', async (_reader, read) => {
    const source = chunksOf(bomb, 16 * 1024)
    const rssBefore = process.memoryUsage().rss
    const started = performance.now()
    const { records, issues } = await read(source.stream, { maxBytes: MAX_BYTES })
    const seconds = (performance.now() - started) / 1000
    expect(records).toStrictEqual([])
    expect(issues.map((i) => i.kind)).toContain('limit')
    const limit = issues.find((i) => i.kind === 'limit')!
    expect(limit.message).toContain(`${MAX_BYTES}`)
    expect(limit.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH)
    // Inflating stopped near the limit: the 2 GB were never all inflated (that alone takes fullInflateSeconds), nor held.
    expect(source.pulled()).toBeLessThanOrEqual(bomb.length)
    expect(seconds).toBeLessThan(fullInflateSeconds / 2)
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(256 * 1024 * 1024)
  })

  it('inside a CloudWatch Logs subscription event (base64 of gzip): a limit issue too', async () => {
    const data = Buffer.from(bomb).toString('base64')
    const { records, issues } = await parseRecordsAsync({ awslogs: { data } }, { maxBytes: MAX_BYTES })
    expect(records).toStrictEqual([])
    expect(issues.map((i) => i.kind)).toContain('limit')
  })

  it('as base64 text (H4sI...), as Kinesis and Firehose carry gzip: a limit issue too', async () => {
    const { records, issues } = await parseRecordsAsync(Buffer.from(bomb).toString('base64'), { maxBytes: MAX_BYTES })
    expect(records).toStrictEqual([])
    expect(issues.map((i) => i.kind)).toContain('limit')
  })
})
