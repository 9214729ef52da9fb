import type { IssueDraft } from '../errors/make-issue.js'

/**
 * A failure that stops reading an input (bytes that are not UTF-8, a gzip
 * stream cut short, the size limit, a stream that errors). It becomes one
 * issue; what was read before it is kept. It never leaves the library.
 */
export class ReadStop extends Error {
  /**
   * @param draft - the issue that reports the failure
   */
  constructor(readonly draft: IssueDraft) {
    super(draft.detail ?? draft.kind)
  }
}

/** Input bytes are handed on in slices of at most this many bytes, so that streaming stays incremental. */
const SLICE_BYTES = 1 << 20

function stop(kind: IssueDraft['kind'], expected: string, found: string, detail: string): ReadStop {
  return new ReadStop({ kind, problems: [{ path: '$', expected, found }], detail })
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 200)
}

type ByteStream = ReadableStream<Uint8Array>

/** Chunks that arrive over time, or that are all at hand. */
export type Chunks<T> = AsyncIterable<T> | Iterable<T>

/**
 * An iterator over chunks, awaited the same way whether they arrive over time or not.
 *
 * @param chunks - the chunks
 * @returns their iterator
 */
export function iteratorOf<T>(chunks: Chunks<T>): AsyncIterator<T> | Iterator<T> {
  return Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]()
}

function hasMethod(u: unknown, name: PropertyKey): boolean {
  return typeof u === 'object' && u !== null && typeof (u as Record<PropertyKey, unknown>)[name] === 'function'
}

function isBlob(u: unknown): u is Blob {
  return typeof Blob === 'function' && u instanceof Blob
}

/**
 * Whether `input` is bytes the async readers take: a `Uint8Array` (a Node
 * `Buffer` is one), an `ArrayBuffer` or another view of one, a `Blob`, a web
 * `ReadableStream`, or any async iterable (a Node `Readable` is one).
 *
 * @param input - anything
 * @returns whether it is read as bytes
 */
export function isByteInput(input: unknown): boolean {
  return (
    input instanceof Uint8Array ||
    input instanceof ArrayBuffer ||
    ArrayBuffer.isView(input) ||
    isBlob(input) ||
    hasMethod(input, 'getReader') ||
    hasMethod(input, Symbol.asyncIterator)
  )
}

function* slices(bytes: Uint8Array): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += SLICE_BYTES) yield bytes.subarray(at, at + SLICE_BYTES)
}

/**
 * Reads a web stream to its end; stopping early cancels it.
 *
 * @param stream - the stream
 * @returns its chunks
 */
async function* readStream(stream: ByteStream): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader()
  let finished = false
  try {
    for (;;) {
      const next = await reader.read()
      if (next.done) {
        finished = true
        return
      }
      yield next.value
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined)
    reader.releaseLock()
  }
}

const encoder = /*#__PURE__*/ new TextEncoder()

function chunkBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk
  if (typeof chunk === 'string') return encoder.encode(chunk)
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk)
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)
  throw stop('input', 'a chunk of bytes', typeof chunk, `a chunk of the input is not bytes but ${chunk === null ? 'null' : typeof chunk}`)
}

/**
 * The bytes of a byte input (see {@link isByteInput}), in order. An error
 * while reading the input becomes a {@link ReadStop}.
 *
 * @param input - a byte input
 * @returns its chunks
 */
export async function* byteChunks(input: unknown): AsyncGenerator<Uint8Array> {
  try {
    if (input instanceof Uint8Array) yield* slices(input)
    else if (input instanceof ArrayBuffer) yield* slices(new Uint8Array(input))
    else if (ArrayBuffer.isView(input)) yield* slices(new Uint8Array(input.buffer, input.byteOffset, input.byteLength))
    else if (isBlob(input)) yield* readStream(input.stream())
    else if (hasMethod(input, 'getReader')) yield* readStream(input as ByteStream)
    else for await (const chunk of input as AsyncIterable<unknown>) yield chunkBytes(chunk)
  } catch (error) {
    if (error instanceof ReadStop) throw error
    throw stop('input', 'a readable input', messageOf(error), `reading the input failed: ${messageOf(error)}`)
  }
}

/**
 * Reads the first `count` bytes of a stream without losing them.
 *
 * @param chunks - the stream
 * @param count - how many bytes to look at
 * @returns the first bytes (fewer when the stream is shorter), and the whole stream again
 */
export async function peekBytes(
  chunks: Chunks<Uint8Array>,
  count: number,
): Promise<{ readonly head: Uint8Array; readonly chunks: AsyncIterable<Uint8Array> }> {
  const iterator = iteratorOf(chunks)
  const taken: Uint8Array[] = []
  let length = 0
  while (length < count) {
    const next = await iterator.next()
    if (next.done === true) break
    taken.push(next.value)
    length += next.value.length
  }
  const head = new Uint8Array(Math.min(count, length))
  let filled = 0
  for (const chunk of taken) {
    if (filled >= head.length) break
    const part = chunk.subarray(0, head.length - filled)
    head.set(part, filled)
    filled += part.length
  }
  async function* replay(): AsyncGenerator<Uint8Array> {
    try {
      yield* taken
      for (;;) {
        const next = await iterator.next()
        if (next.done === true) return
        yield next.value
      }
    } finally {
      await iterator.return?.()
    }
  }
  return { head, chunks: replay() }
}

/**
 * Whether bytes start with the gzip magic number `1f 8b`.
 *
 * @param head - the first bytes
 * @returns whether they are gzip
 */
export function isGzip(head: Uint8Array): boolean {
  return head[0] === 0x1f && head[1] === 0x8b
}

/** The bytes on an `ArrayBuffer` (a copy only when they sit on a `SharedArrayBuffer`), as web streams want them. */
function unshared(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes)
}

/**
 * A gzip inflater: takes the bytes of gzip data as they come and gives the
 * bytes they hold. The default is the platform's `DecompressionStream('gzip')`;
 * in Node, `inflateGzip` of `cloudtrail-codecs/node` uses `node:zlib`, which
 * costs less. Its failures are reported like the default's.
 *
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs'
 * import { streamRecords } from 'cloudtrail-codecs'
 * import type { Inflate } from 'cloudtrail-codecs'
 * import { inflateGzip } from 'cloudtrail-codecs/node'
 *
 * const inflate: Inflate = inflateGzip
 * for await (const entry of streamRecords(createReadStream('log.json.gz'), { inflate })) console.log(entry.kind)
 * ```
 */
export type Inflate = (gzip: AsyncIterable<Uint8Array>) => AsyncIterable<Uint8Array>

/**
 * The default inflater: the platform's `DecompressionStream('gzip')` (Node 18
 * and later, every current browser). Each chunk is written only once the
 * inflater has taken the one before: piping a stream into it would let Node
 * read the compressed input far ahead of the records.
 */
async function* platformInflate(gzip: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (typeof DecompressionStream !== 'function') {
    throw stop('encoding', 'a platform with DecompressionStream', 'none', 'the input is gzip, and this platform has no DecompressionStream to inflate it')
  }
  const inflate = new DecompressionStream('gzip')
  const writer = inflate.writable.getWriter()
  const pump = (async () => {
    try {
      for await (const chunk of gzip) await writer.write(unshared(chunk))
      await writer.close()
    } catch {
      // The inflater failed or its reader stopped (leaving the loop stopped the input): the reading side reports it.
    }
  })()
  try {
    yield* readStream(inflate.readable)
  } finally {
    await pump
  }
}

/**
 * Inflates gzip bytes with the caller's inflater, by default the platform's
 * `DecompressionStream('gzip')`. A failure of the input stops the read with
 * an `input` issue once what came before it is inflated; bytes that are not
 * valid gzip, a stream cut short or any other failure of the inflater, with
 * an `encoding` issue.
 *
 * @param chunks - the gzip bytes
 * @param inflate - the inflater
 * @returns the inflated bytes
 */
export async function* gunzip(chunks: Chunks<Uint8Array>, inflate: Inflate = platformInflate): AsyncGenerator<Uint8Array> {
  let failure: ReadStop | undefined
  // The inflater sees its input end when the input fails (a naive pipe would never hear of the error).
  async function* input(): AsyncGenerator<Uint8Array> {
    const iterator = iteratorOf(chunks)
    try {
      for (;;) {
        let next: IteratorResult<Uint8Array>
        try {
          next = await iterator.next()
        } catch (error) {
          failure = error instanceof ReadStop ? error : stop('input', 'a readable input', messageOf(error), `reading the input failed: ${messageOf(error)}`)
          return
        }
        if (next.done === true) return
        yield next.value
      }
    } finally {
      if (failure === undefined) await iterator.return?.()
    }
  }
  try {
    for await (const chunk of inflate(input())) yield chunk
  } catch (error) {
    if (failure !== undefined) throw failure
    if (error instanceof ReadStop) throw error
    throw stop(
      'encoding',
      'complete gzip data',
      messageOf(error),
      `the gzip data is not valid or is cut short (${messageOf(error)}); the records read before this point are kept`,
    )
  }
  // An inflater that makes nothing of its input ending early: the input's failure still stops the read.
  if (failure !== undefined) throw failure
}

/**
 * The index of the first byte that is not valid UTF-8 (by the rules of a
 * fatal `TextDecoder`: no overlong forms, no surrogates, nothing above
 * U+10FFFF), or `bytes.length` when there is none; a character cut by the
 * end of `bytes` counts as valid.
 */
function firstInvalidUtf8(bytes: Uint8Array, from: number): number {
  let i = from
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0
    if (lead < 0x80) {
      i++
      continue
    }
    let need = 0
    let low = 0x80
    let high = 0xbf
    if (lead >= 0xc2 && lead <= 0xdf) need = 1
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2
      if (lead === 0xe0) low = 0xa0
      else if (lead === 0xed) high = 0x9f
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3
      if (lead === 0xf0) low = 0x90
      else if (lead === 0xf4) high = 0x8f
    } else return i
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return bytes.length
      const next = bytes[i + k] ?? 0
      if (next < low || next > high) return i
      low = 0x80
      high = 0xbf
    }
    i += need + 1
  }
  return i
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => `0x${b.toString(16).padStart(2, '0')}`).join(' ')
}

/** How many bytes the UTF-8 character that starts with `lead` has (1 for a byte that cannot start one). */
function utf8Length(lead: number): number {
  if (lead >= 0xf0) return 4
  if (lead >= 0xe0) return 3
  if (lead >= 0xc0) return 2
  return 1
}

/**
 * Where the bytes went wrong. `previous` holds the previous chunk's last
 * bytes, where the character that fails may start.
 *
 * @returns the text of the valid bytes of this chunk before the error (which the failed decode did not give), and the failure
 */
function invalidUtf8(previous: Uint8Array, chunk: Uint8Array, chunkOffset: number): { readonly text: string; readonly failure: ReadStop } {
  const joined = new Uint8Array(previous.length + chunk.length)
  joined.set(previous)
  joined.set(chunk, previous.length)
  let decoded = 0
  while (decoded < previous.length && ((joined[decoded] ?? 0) & 0xc0) === 0x80) decoded++
  // Characters that end inside `previous` were decoded with it; one that runs into this chunk was not.
  while (decoded < previous.length && decoded + utf8Length(joined[decoded] ?? 0) <= previous.length) decoded += utf8Length(joined[decoded] ?? 0)
  const at = Math.min(firstInvalidUtf8(joined, decoded), joined.length - 1)
  const offset = chunkOffset - previous.length + at
  const found = hex(joined.subarray(at, at + 4))
  return {
    text: at > decoded ? new TextDecoder('utf-8', { fatal: true }).decode(joined.subarray(decoded, at)) : '',
    failure: stop(
      'encoding',
      'UTF-8 text',
      `${found} (bytes)`,
      `the input is not valid UTF-8 at byte ${offset} (${found}); the records read before this point are kept`,
    ),
  }
}

/**
 * Decodes UTF-8 bytes into text chunks with a fatal `TextDecoder`: invalid
 * bytes stop the read with an `encoding` issue (never a silent U+FFFD), and
 * more than `maxBytes` bytes stop it with a `limit` issue. A byte order mark
 * is dropped.
 *
 * @param chunks - the bytes
 * @param maxBytes - the most bytes to read
 * @returns the text, chunk by chunk
 */
export async function* utf8Text(chunks: Chunks<Uint8Array>, maxBytes: number): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let read = 0
  let previous: Uint8Array = new Uint8Array(0)
  for await (const chunk of chunks) {
    if (read + chunk.length > maxBytes) {
      throw stop(
        'limit',
        `at most ${maxBytes} bytes`,
        `more than ${maxBytes} bytes`,
        `the input holds more than ${maxBytes} bytes of JSON text (after decompression), over the maxBytes limit; the records read before the limit are kept (raise maxBytes to read more)`,
      )
    }
    let text: string
    try {
      text = decoder.decode(chunk, { stream: true })
    } catch {
      const invalid = invalidUtf8(previous, chunk, read)
      if (invalid.text !== '') yield invalid.text
      throw invalid.failure
    }
    read += chunk.length
    if (chunk.length >= 3) previous = chunk.subarray(chunk.length - 3)
    else {
      const joined = new Uint8Array(previous.length + chunk.length)
      joined.set(previous)
      joined.set(chunk, previous.length)
      previous = joined.subarray(Math.max(0, joined.length - 3))
    }
    if (text !== '') yield text
  }
  let last: string
  try {
    last = decoder.decode()
  } catch {
    throw stop(
      'encoding',
      'UTF-8 text',
      `${hex(previous)} (bytes)`,
      `the input ends inside a UTF-8 character at byte ${read}; the records read before this point are kept`,
    )
  }
  if (last !== '') yield last
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/**
 * Decodes base64 text (white space allowed) into bytes.
 *
 * @param text - the base64 text
 * @param location - where the text sits in the input
 * @returns the bytes
 */
export function base64Bytes(text: string, location?: string): Uint8Array {
  const clean = text.replace(/\s+/g, '')
  let binary: string | undefined
  if (BASE64.test(clean) && clean.length % 4 !== 1) {
    try {
      binary = atob(clean)
    } catch {
      binary = undefined
    }
  }
  if (binary === undefined) {
    throw new ReadStop({
      kind: 'encoding',
      problems: [{ path: '$', expected: 'base64 text', found: `${clean.slice(0, 40)}… (string)` }],
      detail: 'not valid base64 text',
      ...(location === undefined ? {} : { location }),
    })
  }
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
