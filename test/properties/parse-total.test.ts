/**
 * Property 1: every entry point is total. Any JSON value, any string and any
 * bytes give records and issues, never a throw; every issue is well formed;
 * and a log file's `Records` array is accounted for element by element.
 */
import { gzipSync } from 'node:zlib'
import fc from 'fast-check'
import { describe, it } from 'vitest'
import { awsServices } from '../../src/aws/index.js'
import { parseRecords } from '../../src/parse/index.js'
import { hostileJson, jsonishText, propertyRuns, propertyTimeout, recordsElement } from '../support/arbitraries.js'
import { expectEveryElementAccounted, expectWellFormed, runEntry } from './check-result.js'
import type { EntryPoint } from './check-result.js'

const entryPoints: ReadonlyArray<EntryPoint> = ['parseRecords', 'parseRecordsAsync', 'streamRecords']
/** Every typed service is checked, so records of their operations go through the operation codecs too. */
const options = { services: awsServices }
const encoder = new TextEncoder()

/** Any JSON value: fast-check's own and the hostile one (dangerous keys, wrapper keys, edge numbers). */
const anyJson = fc.oneof(fc.jsonValue(), hostileJson)

/** Any bytes: random, UTF-8 of JSON-ish text, gzip of either, gzip cut short, and invalid UTF-8 inside JSON. */
const anyBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  jsonishText.map((text) => encoder.encode(text)),
  jsonishText.map((text) => new Uint8Array(gzipSync(text))),
  fc.tuple(jsonishText, fc.nat()).map(([text, cut]) => {
    const gz = gzipSync(text)
    return new Uint8Array(gz.subarray(0, cut % gz.length))
  }),
  fc.tuple(jsonishText, fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 3 })).map(([text, at, junk]) => {
    const bytes = encoder.encode(text)
    const i = at % (bytes.length + 1)
    const out = new Uint8Array(bytes.length + junk.length)
    out.set(bytes.subarray(0, i))
    out.set(junk.map((b) => b | 0x80), i)
    out.set(bytes.subarray(i), i + junk.length)
    return out
  }),
)

/** Splits bytes into chunks at random points, as a network stream would deliver them. */
function chunked(bytes: Uint8Array, cuts: ReadonlyArray<number>): AsyncIterable<Uint8Array> {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)
  return {
    async *[Symbol.asyncIterator]() {
      let from = 0
      for (const point of [...points, bytes.length]) {
        if (point > from) yield bytes.subarray(from, point)
        from = Math.max(from, point)
      }
    },
  }
}

describe.each(entryPoints)('%s never throws', (entry) => {
  it(
    `on any JSON value (${propertyRuns} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(anyJson, async (value) => expectWellFormed(await runEntry(entry, value, options))),
        { numRuns: propertyRuns },
      )
    },
    propertyTimeout,
  )

  it(
    `on any string (${propertyRuns} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary' }), jsonishText), async (text) => expectWellFormed(await runEntry(entry, text, options))),
        { numRuns: propertyRuns },
      )
    },
    propertyTimeout,
  )

  it(
    `on any bytes, whole and in random chunks (${propertyRuns} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(anyBytes, fc.array(fc.nat(), { maxLength: 4 }), async (bytes, cuts) => {
          expectWellFormed(await runEntry(entry, bytes, options))
          if (entry !== 'parseRecords') expectWellFormed(await runEntry(entry, chunked(bytes, cuts), options))
        }),
        { numRuns: propertyRuns },
      )
    },
    propertyTimeout,
  )

  it(
    `accounts for every element of a Records array, given as a value, text and bytes (${propertyRuns} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(recordsElement, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 4 }), async (elements, cuts) => {
          const file = { Records: elements }
          const text = JSON.stringify(file)
          expectEveryElementAccounted(await runEntry(entry, file, options), elements)
          expectEveryElementAccounted(await runEntry(entry, text, options), elements)
          if (entry !== 'parseRecords') expectEveryElementAccounted(await runEntry(entry, chunked(encoder.encode(text), cuts), options), elements)
        }),
        { numRuns: propertyRuns },
      )
    },
    propertyTimeout,
  )
})

describe('parseRecords on JavaScript values that JSON.parse never returns', () => {
  it(
    `never throws on Maps, Sets, sparse arrays, null-prototype objects, bigints, typed arrays, dates (${propertyRuns} runs)`,
    () => {
      const anything = fc.anything({
        maxDepth: 3,
        maxKeys: 5,
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withObjectString: true,
        withSparseArray: true,
        withTypedArray: true,
        key: fc.oneof(fc.string(), fc.constantFrom('Records', '__proto__', 'constructor', 'eventVersion')),
      })
      fc.assert(
        fc.property(anything, (value) => {
          expectWellFormed(parseRecords(value, options))
        }),
        { numRuns: propertyRuns },
      )
    },
    propertyTimeout,
  )
})
