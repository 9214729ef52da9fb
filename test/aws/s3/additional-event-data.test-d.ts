// S3's additionalEventData is typed after narrowing (by the service, by eventName, by one operation, and in the
// event types); other services keep it `unknown`.
import type { CloudTrailRecord, EventOf } from 'cloudtrail-codecs'
import { ec2 } from 'cloudtrail-codecs/aws/ec2'
import { s3 } from 'cloudtrail-codecs/aws/s3'
import type { AdditionalEventData, S3Event, S3Operations } from 'cloudtrail-codecs/aws/s3'
import { describe, expectTypeOf, it } from 'vitest'

declare const record: CloudTrailRecord

describe("S3's additionalEventData", () => {
  it('is typed once the record is narrowed', () => {
    expectTypeOf(record.additionalEventData).toEqualTypeOf<unknown>()
    if (s3.is(record)) {
      expectTypeOf(record.additionalEventData).toEqualTypeOf<AdditionalEventData | null | undefined>()
      expectTypeOf(record.additionalEventData?.SignatureVersion).toEqualTypeOf<string | null | undefined>()
      expectTypeOf(record.additionalEventData?.['x-amz-id-2']).toEqualTypeOf<string | null | undefined>()
      if (record.eventName === 'PutObject') {
        expectTypeOf(record.additionalEventData?.bytesTransferredIn).toEqualTypeOf<number | null | undefined>()
      }
    }
    if (s3.operations.GetObject.is(record)) {
      expectTypeOf(record.additionalEventData?.bytesTransferredOut).toEqualTypeOf<number | null | undefined>()
      expectTypeOf(record.additionalEventData?.AuthenticationMethod).toEqualTypeOf<string | null | undefined>()
      // A key the overlay does not type is not a member (it is kept at run time, unchecked).
      // @ts-expect-error: not a typed key
      void record.additionalEventData?.vpcEndpointId
    }
  })

  it('is in the event types', () => {
    expectTypeOf<S3Operations['GetObject']['additional']>().toEqualTypeOf<AdditionalEventData>()
    expectTypeOf<S3Event<'GetObject'>['additionalEventData']>().toEqualTypeOf<AdditionalEventData | null | undefined>()
    expectTypeOf<EventOf<typeof s3, 'ListBuckets'>['additionalEventData']>().toEqualTypeOf<AdditionalEventData | null | undefined>()
    expectTypeOf<EventOf<typeof s3.operations.CopyObject>['additionalEventData']>().toEqualTypeOf<
      AdditionalEventData | null | undefined
    >()
  })

  it('stays unknown for a service without the rule', () => {
    if (ec2.is(record)) expectTypeOf(record.additionalEventData).toEqualTypeOf<unknown>()
    expectTypeOf<EventOf<typeof ec2.operations.RunInstances>['additionalEventData']>().toEqualTypeOf<unknown>()
  })
})
