import { base64Bytes, gunzip, isGzip, iteratorOf, peekBytes, ReadStop, utf8Text } from './bytes.js'
import type { Chunks, Inflate } from './bytes.js'
import { stripBom } from './json-text.js'

/** How many encodings may wrap each other (base64 around gzip around a CloudWatch Logs event, ...). */
const MAX_LAYERS = 4

/** A string input is handed on in slices of this many characters, so that streaming stays incremental. */
const TEXT_SLICE = 1 << 20

/** The first characters of base64 text of gzip bytes (`1f 8b 08`). */
const BASE64_GZIP = 'H4sI'

/**
 * The JSON text an input holds once its encodings are undone, and how many
 * layers of gzip and base64 were undone to reach it (an encoded payload
 * found in this text may add as many more as the limit leaves).
 */
export interface InputText {
  /** The text, chunk by chunk, read only as fast as it is asked for; stopping early stops the input. */
  readonly chunks: AsyncIterable<string>
  /** How many layers of gzip and base64 were undone. */
  readonly layers: number
}

function* textSlices(text: string): Generator<string> {
  for (let at = 0; at < text.length; at += TEXT_SLICE) yield text.slice(at, at + TEXT_SLICE)
}

/**
 * Undoes the encodings of bytes: gzip (recognised by its magic bytes and
 * inflated with the caller's inflater, by default the platform's
 * `DecompressionStream`), then UTF-8 with a
 * fatal decoder, then base64 of gzip (text that starts with `H4sI`), as
 * many times as they wrap each other. Only the first bytes and characters
 * are read here; a failure there, or more than four layers, throws a
 * {@link ReadStop}. A failure later stops the returned text with one.
 *
 * @param chunks - the bytes
 * @param maxBytes - the most bytes of text to read after decompression
 * @param inflate - the caller's gzip inflater, if any
 * @param layers - how many layers were undone already
 * @returns the text
 */
export async function textOfBytes(chunks: Chunks<Uint8Array>, maxBytes: number, inflate?: Inflate, layers = 0): Promise<InputText> {
  if (layers > MAX_LAYERS) {
    throw new ReadStop({
      kind: 'input',
      problems: [{ path: '$', expected: 'JSON text', found: 'encoded data' }],
      detail: `more than ${MAX_LAYERS} layers of gzip and base64 around the JSON text`,
    })
  }
  const peeked = await peekBytes(chunks, 2)
  if (isGzip(peeked.head)) return textOfBytes(gunzip(peeked.chunks, inflate), maxBytes, inflate, layers + 1)
  return textOfText(utf8Text(peeked.chunks, maxBytes), maxBytes, inflate, layers)
}

/**
 * The text of a string input (a byte order mark dropped), or, when it is
 * base64 of gzip (a Kinesis or Firehose record's `data`), the text it
 * encodes; see {@link textOfBytes}.
 *
 * @param text - the string
 * @param maxBytes - the most bytes of text to read after decompression
 * @param inflate - the caller's gzip inflater, if any
 * @returns the text
 */
export function textOfString(text: string, maxBytes: number, inflate?: Inflate): Promise<InputText> {
  return textOfText(textSlices(stripBom(text)), maxBytes, inflate, 0)
}

/**
 * Reads text far enough to see whether it is base64 of gzip: if so, reads
 * it all and undoes the encoding; if not, hands the text on, the characters
 * read so far as its first chunk.
 */
async function textOfText(texts: Chunks<string>, maxBytes: number, inflate: Inflate | undefined, layers: number): Promise<InputText> {
  const iterator = iteratorOf(texts)
  let prefix = ''
  let done = false
  let base64: string | undefined
  try {
    while (!done && prefix.trimStart().length < BASE64_GZIP.length) {
      const next = await iterator.next()
      if (next.done === true) done = true
      else prefix += next.value
    }
    if (prefix.trimStart().startsWith(BASE64_GZIP)) {
      base64 = prefix
      for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) base64 += next.value
    }
  } catch (error) {
    await iterator.return?.()
    throw error
  }
  if (base64 !== undefined) {
    await iterator.return?.()
    return textOfBytes([base64Bytes(base64)], maxBytes, inflate, layers + 1)
  }
  async function* replay(): AsyncGenerator<string> {
    try {
      if (prefix !== '') yield prefix
      while (!done) {
        const next = await iterator.next()
        if (next.done === true) return
        yield next.value
      }
    } finally {
      await iterator.return?.()
    }
  }
  return { chunks: replay(), layers }
}
