import type { Readable } from 'node:stream'
import { describe, expectTypeOf, it } from 'vitest'
import { parseRecordsThese } from '../../src/parse/fp.js'
import { parseRecords } from '../../src/parse/parse-records.js'
import type { ParseOptions, ParseResult, RecordOf } from '../../src/parse/parse-records.js'
import type { CloudTrailRecord } from '../../src/record/record.js'
import type { StoredRecord } from '../../src/record/stored.js'

declare const buffer: Buffer
declare const bytes: Uint8Array
declare const arrayBuffer: ArrayBuffer
declare const view: DataView
declare const parsed: unknown
declare const blob: Blob
declare const web: ReadableStream<Uint8Array>
declare const node: Readable
declare const pending: Promise<string>
declare const options: ParseOptions

describe('what parseRecords takes', () => {
  it('text, bytes (a Buffer from readFileSync(file) included) and parsed values', () => {
    expectTypeOf(parseRecords('{"Records": []}')).toEqualTypeOf<ParseResult<CloudTrailRecord>>()
    expectTypeOf(parseRecords(buffer)).toEqualTypeOf<ParseResult<CloudTrailRecord>>()
    expectTypeOf(parseRecords(bytes)).toEqualTypeOf<ParseResult<CloudTrailRecord>>()
    expectTypeOf(parseRecords(arrayBuffer)).toEqualTypeOf<ParseResult<CloudTrailRecord>>()
    expectTypeOf(parseRecords(view)).toEqualTypeOf<ParseResult<CloudTrailRecord>>()
    expectTypeOf(parseRecords(parsed)).toEqualTypeOf<ParseResult<CloudTrailRecord>>()
    expectTypeOf(parseRecords(JSON.parse('{}'))).toEqualTypeOf<ParseResult<CloudTrailRecord>>()
    expectTypeOf(parseRecords({ Records: [] }, options)).toEqualTypeOf<ParseResult<CloudTrailRecord>>()
  })

  it('not what only the asynchronous readers take: a Blob, a stream, an async iterable, a promise', () => {
    // @ts-expect-error a Blob: read it with parseRecordsAsync
    parseRecords(blob)
    // @ts-expect-error a web stream: read it with parseRecordsAsync or streamRecords
    parseRecords(web)
    // @ts-expect-error a Node stream: read it with parseRecordsAsync or streamRecords
    parseRecords(node)
    // @ts-expect-error a promise: await it first
    parseRecords(pending)
    // @ts-expect-error parseRecordsThese takes what parseRecords takes
    parseRecordsThese(blob)
  })
})

describe('the form option gives the record type', () => {
  it("CloudTrail's form by default or when named; StoredRecord with form: 'stored'", () => {
    expectTypeOf(parseRecords('', { form: 'cloudtrail' }).records).toEqualTypeOf<CloudTrailRecord[]>()
    expectTypeOf(parseRecords('', { form: 'stored' }).records).toEqualTypeOf<StoredRecord[]>()
    expectTypeOf(parseRecords(buffer, { form: 'stored', only: { eventNames: ['AssumeRole'] } }).records).toEqualTypeOf<StoredRecord[]>()
  })

  it('either, when the form is known only at run time', () => {
    const form = Math.random() > 0.5 ? ('stored' as const) : ('cloudtrail' as const)
    expectTypeOf(parseRecords('', { form }).records).toEqualTypeOf<Array<CloudTrailRecord | StoredRecord>>()
    expectTypeOf<RecordOf<{ readonly form?: 'cloudtrail' | 'stored' }>>().toEqualTypeOf<CloudTrailRecord | StoredRecord>()
    expectTypeOf<RecordOf<ParseOptions>>().toEqualTypeOf<CloudTrailRecord>()
  })

  it('an unknown form does not compile', () => {
    // @ts-expect-error 'lake' is not a form
    parseRecords('', { form: 'lake' })
  })
})
