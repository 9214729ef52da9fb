import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { ReadStop } from '../../src/read/bytes.js'
import { textOfBytes, textOfString } from '../../src/read/layers.js'
import type { InputText } from '../../src/read/layers.js'

const text = '{"Records":[{"eventVersion":"1.08","eventName":"Café ☕"}]}'
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s)
const base64Gzip = (s: string | Uint8Array): string => gzipSync(s).toString('base64')

async function chunks(opened: InputText): Promise<string[]> {
  const out: string[] = []
  for await (const chunk of opened.chunks) out.push(chunk)
  return out
}

async function failure(opening: Promise<InputText>): Promise<ReadStop> {
  try {
    await chunks(await opening)
  } catch (error) {
    if (error instanceof ReadStop) return error
    throw error
  }
  throw new Error('expected the read to stop')
}

describe('textOfBytes', () => {
  it('reads plain UTF-8 with no layer undone', async () => {
    const opened = await textOfBytes([bytes(text)], Number.POSITIVE_INFINITY)
    expect(opened.layers).toBe(0)
    expect((await chunks(opened)).join('')).toBe(text)
  })

  it('inflates gzip, and gzip of gzip, counting the layers', async () => {
    const once = await textOfBytes([gzipSync(text)], Number.POSITIVE_INFINITY)
    expect(once.layers).toBe(1)
    expect((await chunks(once)).join('')).toBe(text)
    const twice = await textOfBytes([gzipSync(gzipSync(text))], Number.POSITIVE_INFINITY)
    expect(twice.layers).toBe(2)
    expect((await chunks(twice)).join('')).toBe(text)
  })

  it('decodes bytes that are base64 of gzip, split anywhere', async () => {
    const encoded = bytes(base64Gzip(text))
    const opened = await textOfBytes(Array.from(encoded, (b) => Uint8Array.of(b)), Number.POSITIVE_INFINITY)
    expect(opened.layers).toBe(2)
    expect((await chunks(opened)).join('')).toBe(text)
  })

  it('stops at more than four layers', async () => {
    let layered: Uint8Array = bytes(text)
    for (let i = 0; i < 5; i++) layered = gzipSync(layered)
    const stop = await failure(textOfBytes([layered], Number.POSITIVE_INFINITY))
    expect(stop.draft.kind).toBe('input')
    expect(stop.draft.detail).toBe('more than 4 layers of gzip and base64 around the JSON text')
  })

  it('hands the characters read to look for base64 on as the first chunk, then the rest as it comes', async () => {
    const parts = ['  ', '{"a"', ':1}', '\n{}']
    const opened = await textOfBytes(parts.map(bytes), Number.POSITIVE_INFINITY)
    expect(await chunks(opened)).toStrictEqual(['  {"a"', ':1}', '\n{}'])
  })

  it('applies maxBytes to the text after decompression', async () => {
    const stop = await failure(textOfBytes([gzipSync(text)], 10))
    expect(stop.draft.kind).toBe('limit')
  })
})

describe('textOfString', () => {
  it('drops a byte order mark and reads the text as it is', async () => {
    const opened = await textOfString(`\ufeff${text}`, Number.POSITIVE_INFINITY)
    expect(opened.layers).toBe(0)
    expect((await chunks(opened)).join('')).toBe(text)
  })

  it('decodes base64 of gzip, after white space', async () => {
    const opened = await textOfString(`\n  ${base64Gzip(text)}\n`, Number.POSITIVE_INFINITY)
    expect(opened.layers).toBe(2)
    expect((await chunks(opened)).join('')).toBe(text)
  })

  it('stops with an encoding issue when text that starts like base64 of gzip is not base64', async () => {
    const stop = await failure(textOfString('H4sI not base64', Number.POSITIVE_INFINITY))
    expect(stop.draft.kind).toBe('encoding')
  })

  it('gives an empty text for an empty string', async () => {
    expect(await chunks(await textOfString('', Number.POSITIVE_INFINITY))).toStrictEqual([])
  })
})
