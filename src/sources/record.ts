import type { Source } from './source.js'

/**
 * One record on its own. Any object no other source recognises is a record
 * (so it is last in the list, and its `detect` says yes to everything);
 * whether it is a valid record is for the decoder to say.
 *
 * @example
 * ```ts
 * const record = {
 *   eventVersion: '1.08', userIdentity: { type: 'AWSService', invokedBy: 'cloudtrail.amazonaws.com' },
 *   eventTime: '2024-03-01T10:00:00Z', eventSource: 's3.amazonaws.com', eventName: 'GetBucketAcl', awsRegion: 'us-east-1',
 *   sourceIPAddress: 'cloudtrail.amazonaws.com', userAgent: 'cloudtrail.amazonaws.com',
 *   requestParameters: { bucketName: 'amzn-s3-demo-bucket', Host: 'amzn-s3-demo-bucket.s3.us-east-1.amazonaws.com', acl: '' },
 *   responseElements: null, eventID: 'cdc4b7ed-e171-4cef-975a-ad829d4123e8', readOnly: true, eventType: 'AwsApiCall',
 *   managementEvent: true, recipientAccountId: '111122223333', eventCategory: 'Management',
 * }
 * parseRecords(record, { source: 'record' }).records[0] === record   // true, at $
 * ```
 */
export const record: Source<'record'> = {
  name: 'record',
  detect: () => true,
  *unwrap(o, location) {
    yield { kind: 'record', value: o, location }
  },
}
