/**
 * What `streamRecords` returns is an async generator written by hand (issue
 * 16: it decodes each batch of records at once and hands them out without a
 * generator's machinery). It must behave as the `async function*` it
 * replaced: the same entries in the same order, `return` and `throw` stop
 * the input, calls made while one is pending wait their turn, and a finished
 * stream stays finished.
 */
import { describe, expect, it } from 'vitest'
import type { DecodedEntry } from '../../src/parse/parse-records.js'
import { streamRecords } from '../../src/parse/stream-records.js'
import { generatedRecord } from '../sources/generated-log.js'

const encoder = new TextEncoder()

/** A log file's bytes in small chunks, and whether the reader was told to stop. */
function source(records: number, chunk = 700): { readonly input: AsyncIterable<Uint8Array>; readonly state: { pulled: number; stopped: boolean } } {
  const bad = { ...generatedRecord(records), eventTime: 'yesterday' }
  const text = JSON.stringify({ Records: [...Array.from({ length: records }, (_, n) => generatedRecord(n)), bad] })
  const bytes = encoder.encode(text)
  const state = { pulled: 0, stopped: false }
  const input: AsyncIterable<Uint8Array> = {
    [Symbol.asyncIterator]() {
      let at = 0
      return {
        async next() {
          if (at >= bytes.length) return { done: true, value: undefined }
          state.pulled++
          const value = bytes.subarray(at, at + chunk)
          at += chunk
          return { done: false, value }
        },
        async return() {
          state.stopped = true
          return { done: true, value: undefined }
        },
      }
    },
  }
  return { input, state }
}

/** The same entries, read by an `async function*` over the stream: the shape the reader had before. */
async function* asGenerator(entries: AsyncIterable<DecodedEntry>): AsyncGenerator<DecodedEntry, void, undefined> {
  for await (const entry of entries) yield entry
}

async function all(entries: AsyncIterable<DecodedEntry>): Promise<DecodedEntry[]> {
  const out: DecodedEntry[] = []
  for await (const entry of entries) out.push(entry)
  return out
}

describe('streamRecords behaves as an async generator', () => {
  it('is its own async iterator, and yields the records and the issue in order, numbered', async () => {
    const stream = streamRecords(source(40).input, { maxBytes: Number.POSITIVE_INFINITY })
    expect(stream[Symbol.asyncIterator]()).toBe(stream)
    const entries = await all(stream)
    expect(entries).toHaveLength(41)
    expect(entries.slice(0, 40).every((entry, i) => entry.kind === 'record' && entry.index === i)).toBe(true)
    expect(entries[40]).toMatchObject({ kind: 'issue', issue: { index: 40, location: '$.Records[40]' } })
    expect(await stream.next()).toStrictEqual({ done: true, value: undefined })
    expect(await stream.next()).toStrictEqual({ done: true, value: undefined })
  })

  it('gives what a generator over it gives', async () => {
    expect(await all(asGenerator(streamRecords(source(25).input)))).toStrictEqual(await all(streamRecords(source(25).input)))
  })

  it('leaving a for await loop early stops the input', async () => {
    const { input, state } = source(200, 300)
    let seen = 0
    for await (const entry of streamRecords(input)) {
      if (entry.kind === 'record' && ++seen === 3) break
    }
    expect(state.stopped).toBe(true)
    expect(state.pulled).toBeLessThan(20)
  })

  it('return() stops the input and finishes the stream, before or after the first entry', async () => {
    const before = source(10)
    const unread = streamRecords(before.input)
    expect(await unread.return(undefined)).toStrictEqual({ done: true, value: undefined })
    expect(await unread.next()).toStrictEqual({ done: true, value: undefined })
    const after = source(10)
    const read = streamRecords(after.input)
    expect((await read.next()).done).toBe(false)
    expect(await read.return(undefined)).toStrictEqual({ done: true, value: undefined })
    expect(after.state.stopped).toBe(true)
    expect(await read.next()).toStrictEqual({ done: true, value: undefined })
  })

  it('throw() rejects with the error, stops the input and finishes the stream', async () => {
    const { input, state } = source(10)
    const stream = streamRecords(input)
    await stream.next()
    const error = new Error('stop here')
    await expect(stream.throw(error)).rejects.toBe(error)
    expect(state.stopped).toBe(true)
    expect(await stream.next()).toStrictEqual({ done: true, value: undefined })
  })

  it('calls made at once are answered in order, as a generator queues them', async () => {
    const stream = streamRecords(source(30).input)
    const results = await Promise.all(Array.from({ length: 35 }, () => stream.next()))
    const expected = await all(streamRecords(source(30).input))
    expect(results.slice(0, 31).map((r) => r.value)).toStrictEqual(expected)
    expect(results.slice(31).every((r) => r.done === true)).toBe(true)
  })

  it('a return() queued behind a pending next() waits for it', async () => {
    const { input, state } = source(30)
    const stream = streamRecords(input)
    const [first, closed, after] = await Promise.all([stream.next(), stream.return(undefined), stream.next()])
    expect(first).toMatchObject({ done: false, value: { kind: 'record', index: 0 } })
    expect(closed).toStrictEqual({ done: true, value: undefined })
    expect(after).toStrictEqual({ done: true, value: undefined })
    expect(state.stopped).toBe(true)
  })

  it('an input that fails midway ends with its issue, as before', async () => {
    const failing: AsyncIterable<Uint8Array> = {
      async *[Symbol.asyncIterator]() {
        yield encoder.encode(`{"Records":[${JSON.stringify(generatedRecord(0))},`)
        throw new Error('the connection was reset')
      },
    }
    const entries = await all(streamRecords(failing))
    expect(entries.map((e) => e.kind)).toStrictEqual(['record', 'issue'])
    expect(entries[1]).toMatchObject({ issue: { kind: 'input', message: expect.stringContaining('the connection was reset') } })
  })
})
