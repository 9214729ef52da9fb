import { createReadStream } from 'node:fs'
import { streamRecords } from '../parse/index.js'
import type { AsyncParseOptions, DecodedEntry } from '../parse/index.js'
import type { FileTransform } from './file-transform.js'

/** Bytes read so far, updated as chunks pass. */
export interface ByteCount {
  bytes: number
}

/**
 * Counts the bytes of a byte stream as they pass.
 *
 * @param chunks - the bytes
 * @param count - where the count goes
 * @returns the same chunks
 */
export async function* counted(chunks: AsyncIterable<Uint8Array>, count: ByteCount): AsyncGenerator<Uint8Array, void, undefined> {
  for await (const chunk of chunks) {
    count.bytes += chunk.byteLength
    yield chunk
  }
}

/**
 * The decoded entries of one file, as `streamRecords` yields them for the
 * file's bytes (a file that cannot be opened is an `input` issue, as for any
 * stream that fails), counting the bytes read. Every reader of this layer
 * (worker or not) reads a file with this function, so they agree.
 *
 * @param path - the file
 * @param options - the parse options, the services resolved
 * @param count - where the bytes read are counted
 * @returns the entries
 */
export function fileEntries(path: string, options: AsyncParseOptions, count: ByteCount): AsyncGenerator<DecodedEntry, void, undefined> {
  return streamRecords(counted(createReadStream(path), count), options)
}

/** A batch of items of one input, and the bytes read since the previous batch. */
export interface ItemBatch {
  readonly items: ReadonlyArray<unknown>
  readonly bytes: number
}

/**
 * Reads an input (a file, or a stream of bytes) with `streamRecords` and
 * yields what its transform sends of its entries (a promise awaited before
 * the next entry), `size` items at a time, and what it sends at the end;
 * the last batch (possibly empty) carries the last bytes read. The input is
 * read only as fast as the batches are taken.
 *
 * @param input - a file's path, or bytes
 * @param options - the parse options, the services resolved
 * @param transform - the input's transform (`keepEntries`: the entries themselves)
 * @param size - items per batch
 * @returns the batches
 */
export async function* batchesOf(
  input: string | AsyncIterable<Uint8Array>,
  options: AsyncParseOptions,
  transform: FileTransform,
  size: number,
): AsyncGenerator<ItemBatch, void, undefined> {
  const count: ByteCount = { bytes: 0 }
  const entries = typeof input === 'string' ? fileEntries(input, options, count) : streamRecords(counted(input, count), options)
  let sent = 0
  let items: unknown[] = []
  for await (const entry of entries) {
    const made = transform.entry(entry)
    const item = made instanceof Promise ? ((await made) as unknown) : made
    if (item !== undefined) items.push(item)
    if (items.length >= size) {
      yield { items, bytes: count.bytes - sent }
      sent = count.bytes
      items = []
    }
  }
  const last = transform.end()
  if (last !== undefined) items.push(last)
  yield { items, bytes: count.bytes - sent }
}
