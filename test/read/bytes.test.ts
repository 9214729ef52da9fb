import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { base64Bytes, byteChunks, gunzip, isGzip, peekBytes, ReadStop, utf8Text } from '../../src/read/bytes.js'

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const item of items) out.push(item)
  return out
}

/** The text read before a failure, and the failure. */
async function read(chunks: Iterable<Uint8Array>, maxBytes = Number.POSITIVE_INFINITY): Promise<{ text: string; failure?: ReadStop }> {
  let text = ''
  try {
    for await (const part of utf8Text(chunks, maxBytes)) text += part
  } catch (error) {
    if (!(error instanceof ReadStop)) throw error
    return { text, failure: error }
  }
  return { text }
}

function bytesOf(...parts: ReadonlyArray<string | number[]>): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)))
}

function oneByOne(bytes: Uint8Array): Uint8Array[] {
  return Array.from(bytes, (b) => Uint8Array.of(b))
}

describe('utf8Text', () => {
  const text = 'a é € 😀 \u2028 z'

  it('decodes characters split across chunks, one byte at a time', async () => {
    expect(await read(oneByOne(bytesOf(text)))).toStrictEqual({ text })
  })

  it('drops a byte order mark', async () => {
    expect(await read([bytesOf([0xef, 0xbb, 0xbf], '{}')])).toStrictEqual({ text: '{}' })
  })

  it.each([
    ['a lone continuation byte', bytesOf('ab', [0x80], 'c'), 2],
    ['a lead byte without its continuation', bytesOf('ab', [0xc3, 0x28]), 2],
    ['an overlong form', bytesOf('a', [0xc0, 0xaf]), 1],
    ['a surrogate', bytesOf('a', [0xed, 0xa0, 0x80]), 1],
    ['a code point above U+10FFFF', bytesOf('a', [0xf4, 0x90, 0x80, 0x80]), 1],
    ['a byte that never starts a character', bytesOf('a€', [0xff]), 4],
  ])('%s is an encoding issue at its byte, and the text before it is kept', async (_name, bytes, at) => {
    for (const chunks of [[bytes], oneByOne(bytes)]) {
      const { text: before, failure } = await read(chunks)
      expect(failure?.draft.kind).toBe('encoding')
      expect(failure?.draft.detail).toContain(`byte ${at}`)
      expect(before).toBe(new TextDecoder().decode(bytes.subarray(0, at)))
    }
  })

  it('an input that ends inside a character is an encoding issue', async () => {
    const { text: before, failure } = await read([bytesOf('ab€').subarray(0, 4)])
    expect(before).toBe('ab')
    expect(failure?.draft).toMatchObject({ kind: 'encoding' })
    expect(failure?.draft.detail).toMatch(/ends inside a UTF-8 character/)
  })

  it('more than maxBytes bytes is a limit issue; the text before the chunk that crosses it is kept', async () => {
    const { text: before, failure } = await read([bytesOf('12345'), bytesOf('67890')], 8)
    expect(before).toBe('12345')
    expect(failure?.draft.kind).toBe('limit')
    expect(failure?.draft.detail).toContain('maxBytes')
  })
})

describe('gzip', () => {
  const json = '{"Records":[]}'.repeat(100)

  it('recognises the magic bytes', () => {
    expect(isGzip(gzipSync(json))).toBe(true)
    expect(isGzip(bytesOf(json))).toBe(false)
    expect(isGzip(Uint8Array.of(0x1f))).toBe(false)
  })

  it('inflates with DecompressionStream, whatever the chunks', async () => {
    const inflated = await read(await all(gunzip(oneByOne(gzipSync(json)))))
    expect(inflated).toStrictEqual({ text: json })
  })

  it('gzip cut short is an encoding issue', async () => {
    const zipped = gzipSync(json)
    await expect(all(gunzip([zipped.subarray(0, zipped.length - 8)]))).rejects.toMatchObject({ draft: { kind: 'encoding' } })
  })

  it('bytes that are not gzip after the magic number are an encoding issue', async () => {
    await expect(all(gunzip([Uint8Array.of(0x1f, 0x8b, 0x01, 0x02, 0x03)]))).rejects.toMatchObject({ draft: { kind: 'encoding' } })
  })
})

describe('peekBytes and byteChunks', () => {
  it('peeks across one-byte chunks without losing any byte', async () => {
    const bytes = bytesOf('{"Records":[]}')
    const peeked = await peekBytes(oneByOne(bytes), 2)
    expect([...peeked.head]).toStrictEqual([0x7b, 0x22])
    expect(Buffer.concat(await all(peeked.chunks))).toStrictEqual(Buffer.from(bytes))
  })

  it('peeks at a stream shorter than asked', async () => {
    const peeked = await peekBytes([Uint8Array.of(0x1f)], 2)
    expect([...peeked.head]).toStrictEqual([0x1f])
    expect(await all(peeked.chunks)).toStrictEqual([Uint8Array.of(0x1f)])
  })

  it('reads every kind of byte input', async () => {
    const bytes = bytesOf('{"a":"é"}')
    const inputs: unknown[] = [
      bytes,
      Buffer.from(bytes),
      bytes.buffer,
      new DataView(bytes.buffer),
      new Blob([bytes]),
      new Blob([bytes]).stream(),
      Readable.from([bytes.subarray(0, 3), new TextDecoder().decode(bytes.subarray(3))]),
    ]
    for (const input of inputs) expect(Buffer.concat(await all(byteChunks(input)))).toStrictEqual(Buffer.from(bytes))
  })

  it('a chunk that is not bytes, or a stream that fails, is an input issue', async () => {
    await expect(all(byteChunks(Readable.from([5])))).rejects.toMatchObject({ draft: { kind: 'input' } })
    const failing = new ReadableStream({
      pull(controller) {
        controller.error(new Error('connection reset'))
      },
    })
    await expect(all(byteChunks(failing))).rejects.toMatchObject({ draft: { kind: 'input', detail: 'reading the input failed: connection reset' } })
  })
})

describe('base64Bytes', () => {
  it('decodes base64 with white space in it', () => {
    expect([...base64Bytes('H4sI\nAAAA\r\n')]).toStrictEqual([0x1f, 0x8b, 0x08, 0, 0, 0])
  })

  it.each([['H4sI*AAA'], ['H4sIA'], ['H4sI=AAA']])('%j is an encoding issue', (text) => {
    expect(() => base64Bytes(text, '$.awslogs.data')).toThrow(ReadStop)
    try {
      base64Bytes(text, '$.awslogs.data')
    } catch (error) {
      expect((error as ReadStop).draft).toMatchObject({ kind: 'encoding', location: '$.awslogs.data' })
    }
  })
})
