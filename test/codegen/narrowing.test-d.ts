// The generated types narrow as the brief asks: `service.is` then `switch (record.eventName)` gives each
// operation's request and response types; readOnly is a literal; read-only responses are unknown.
import type { CloudTrailRecord, HiddenDueToSecurityReasons, ItemSet } from 'cloudtrail-codecs'
import { ec2 } from 'cloudtrail-codecs/aws/ec2'
import type { Ec2Event, Ec2Operations, Reservation, RunInstancesInstancesSetItem, RunInstancesRequest } from 'cloudtrail-codecs/aws/ec2'
import { lambda } from 'cloudtrail-codecs/aws/lambda'
import type { CreateFunctionRequest } from 'cloudtrail-codecs/aws/lambda'
import { s3 } from 'cloudtrail-codecs/aws/s3'
import { sts } from 'cloudtrail-codecs/aws/sts'
import type { Credentials } from 'cloudtrail-codecs/aws/sts'
import { describe, expectTypeOf, it } from 'vitest'

declare const record: CloudTrailRecord

describe('generated services', () => {
  it('narrow payloads by eventName', () => {
    if (ec2.is(record)) {
      switch (record.eventName) {
        case 'RunInstances':
          expectTypeOf(record.requestParameters).toEqualTypeOf<RunInstancesRequest | null | undefined>()
          expectTypeOf(record.responseElements).toEqualTypeOf<Reservation | null | undefined>()
          expectTypeOf(record.requestParameters?.instancesSet).toEqualTypeOf<
            (RunInstancesInstancesSetItem | null)[] | ItemSet<RunInstancesInstancesSetItem> | null | undefined
          >()
          break
        case 'DescribeInstances':
          expectTypeOf(record.responseElements).toEqualTypeOf<unknown>()
          break
        default:
          // The other 798 operations of EC2.
          expectTypeOf(record.eventName).not.toEqualTypeOf<'RunInstances' | 'DescribeInstances'>()
      }
    }
    if (lambda.is(record) && record.eventName === 'CreateFunction20150331') {
      expectTypeOf(record.requestParameters).toEqualTypeOf<CreateFunctionRequest | null | undefined>()
    }
    if (s3.is(record) && record.eventName === 'PutBucketVersioning') {
      expectTypeOf(record.requestParameters?.bucketName).toEqualTypeOf<string | null | undefined>()
      expectTypeOf(record.requestParameters?.Host).toEqualTypeOf<unknown>()
    }
    if (sts.is(record) && record.eventName === 'AssumeRole') {
      expectTypeOf(record.responseElements?.credentials).toEqualTypeOf<Credentials | null | undefined>()
      expectTypeOf(record.responseElements?.credentials?.secretAccessKey).toEqualTypeOf<string | null | undefined>()
    }
  })

  it('type readOnly as a literal and name the events', () => {
    expectTypeOf<Ec2Operations['RunInstances']['readOnly']>().toEqualTypeOf<false>()
    expectTypeOf<Ec2Operations['DescribeInstances']['readOnly']>().toEqualTypeOf<true>()
    expectTypeOf<Ec2Event<'StopInstances'>['eventName']>().toEqualTypeOf<'StopInstances'>()
    expectTypeOf<HiddenDueToSecurityReasons>().toEqualTypeOf<'HIDDEN_DUE_TO_SECURITY_REASONS'>()
  })
})
