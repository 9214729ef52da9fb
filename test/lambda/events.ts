/**
 * Lambda events as AWS sends them, from the AWS documentation's examples:
 * the bucket, key, size, ids and text are the documentation's, except the
 * objects, which are CloudTrail log files of the local stand-in.
 *
 * - S3 event notification: https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html
 *   (the "PUT" example message and the test message)
 * - SNS: https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html (example SNS message event)
 * - SQS: https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html (example standard queue message event)
 * - SNS notification in an SQS body: https://docs.aws.amazon.com/sns/latest/dg/sns-message-and-json-formats.html
 * - EventBridge "Object Created": https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html
 * - CloudTrail's SNS notification: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/configure-sns-notifications-for-cloudtrail.html
 */

/** An object to announce: its bucket, its key as S3 names it, its size. */
export interface Announced {
  readonly bucket: string
  readonly key: string
  readonly size: number
}

/** The key as S3 event notifications write it: URL-encoded (parentheses too), `+` for a space, `/` kept. */
export function encodedKey(key: string): string {
  return encodeURIComponent(key)
    .replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+')
    .replace(/%2F/g, '/')
}

/** One record of an S3 event notification ("PUT" example, version 2.1). */
export function s3Record(object: Announced, eventName = 'ObjectCreated:Put'): Record<string, unknown> {
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: 'us-west-2',
    eventTime: '1970-01-01T00:00:00.000Z',
    eventName,
    userIdentity: { principalId: 'AIDAJDPLRKLG7UEXAMPLE' },
    requestParameters: { sourceIPAddress: '172.16.0.1' },
    responseElements: { 'x-amz-request-id': 'C3D13FE58DE4C810', 'x-amz-id-2': 'FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD' },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: 'testConfigRule',
      bucket: { name: object.bucket, ownerIdentity: { principalId: 'A3NL1KOZZKExample' }, arn: `arn:aws:s3:::${object.bucket}` },
      object: { key: encodedKey(object.key), size: object.size, eTag: 'd41d8cd98f00b204e9800998ecf8427e', versionId: '096fKKXTRTtl3on89fVO.nfljtsv6qko', sequencer: '0055AED6DCD90281E5' },
    },
  }
}

/** An S3 event notification, as S3 invokes a function directly. */
export function s3Event(objects: ReadonlyArray<Announced>, eventName?: string): Record<string, unknown> {
  return { Records: objects.map((object) => s3Record(object, eventName)) }
}

/** The message S3 sends when notifications are set up. */
export function s3TestEvent(bucket: string): Record<string, unknown> {
  return {
    Service: 'Amazon S3',
    Event: 's3:TestEvent',
    Time: '2014-10-13T15:57:02.089Z',
    Bucket: bucket,
    RequestId: '5582815E1AEA5ADF',
    HostId: '8cLeGAmw098X5cv4Zkwcmo8vvZa3eH3eKxsPzbB9wrR+YstdA6Knx4Ip8EXAMPLE',
  }
}

/** SNS invoking a function with one message per record. */
export function snsEvent(messages: ReadonlyArray<unknown>): Record<string, unknown> {
  return {
    Records: messages.map((message) => ({
      EventVersion: '1.0',
      EventSubscriptionArn: 'arn:aws:sns:us-east-1:123456789012:sns-lambda:21be56ed-a058-49f5-8c98-aedd2564c486',
      EventSource: 'aws:sns',
      Sns: {
        SignatureVersion: '1',
        Timestamp: '2019-01-02T12:45:07.000Z',
        Signature: 'tcc6faL2yUC6dgZdmrwh1Y4cGa/ebXEkAi6RibDsvpi+tE/1+82j...65r==',
        SigningCertUrl: 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-ac565b8b1a6c5d002d285f9598aa1d9b.pem',
        MessageId: '95df01b4-ee98-5cb9-9903-4c221d41eb5e',
        Message: typeof message === 'string' ? message : JSON.stringify(message),
        MessageAttributes: { Test: { Type: 'String', Value: 'TestString' }, TestBinary: { Type: 'Binary', Value: 'TestBinary' } },
        Type: 'Notification',
        UnsubscribeUrl: 'https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&amp;SubscriptionArn=arn:aws:sns:us-east-1:123456789012:test-lambda:21be56ed-a058-49f5-8c98-aedd2564c486',
        TopicArn: 'arn:aws:sns:us-east-1:123456789012:sns-lambda',
        Subject: 'TestInvoke',
      },
    })),
  }
}

/** An SNS notification as SQS receives it from a topic (raw message delivery off). */
export function snsNotification(message: unknown): Record<string, unknown> {
  return {
    Type: 'Notification',
    MessageId: '22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324',
    TopicArn: 'arn:aws:sns:us-west-2:123456789012:MyTopic',
    Subject: 'Amazon S3 Notification',
    Message: JSON.stringify(message),
    Timestamp: '2012-05-02T00:54:06.655Z',
    SignatureVersion: '1',
    Signature: 'EXAMPLEw6JRN...',
    SigningCertURL: 'https://sns.us-west-2.amazonaws.com/SimpleNotificationService-f3ecfb7224c7233fe7bb5f59f96de52f.pem',
    UnsubscribeURL: 'https://sns.us-west-2.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-west-2:123456789012:MyTopic:c9135db0-26c4-47ec-8998-413945fb5a96',
  }
}

/** SQS invoking a function with a batch of messages (ids given), each body the JSON text of a message. */
export function sqsEvent(bodies: ReadonlyArray<readonly [id: string, body: unknown]>, queue = 'my-queue'): Record<string, unknown> {
  return {
    Records: bodies.map(([messageId, body]) => ({
      messageId,
      receiptHandle: 'AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...',
      body: typeof body === 'string' ? body : JSON.stringify(body),
      attributes: { ApproximateReceiveCount: '1', SentTimestamp: '1545082649183', SenderId: 'AIDAIENQZJOLO23YVJ4VO', ApproximateFirstReceiveTimestamp: '1545082649185' },
      messageAttributes: {},
      md5OfBody: 'e4e68fb7bd0e697a0ae8f1bb342846b3',
      eventSource: 'aws:sqs',
      eventSourceARN: `arn:aws:sqs:us-east-2:123456789012:${queue}`,
      awsRegion: 'us-east-2',
    })),
  }
}

/** An EventBridge event from S3 (the key as it is, not URL-encoded). */
export function eventBridgeEvent(object: Announced, detailType = 'Object Created'): Record<string, unknown> {
  return {
    version: '0',
    id: '17793124-05d4-b198-2fde-7ededc63b103',
    'detail-type': detailType,
    source: 'aws.s3',
    account: '111122223333',
    time: '2021-11-12T00:00:00Z',
    region: 'ca-central-1',
    resources: [`arn:aws:s3:::${object.bucket}`],
    detail: {
      version: '0',
      bucket: { name: object.bucket },
      object: { key: object.key, size: object.size, etag: 'b1946ac92492d2347c6235b4d2611184', 'version-id': 'IYV3p45BT0ac8hjHg1houSdS1a.Mro8e', sequencer: '617f08299329d189' },
      'request-id': 'N4N7GDK58NMKJ12R',
      requester: '123456789012',
      'source-ip-address': '1.2.3.4',
      reason: 'PutObject',
    },
  }
}

/** CloudTrail's notification of delivered log files (the message of its SNS topic). */
export function cloudTrailNotification(bucket: string, keys: ReadonlyArray<string>): Record<string, unknown> {
  return { s3Bucket: bucket, s3ObjectKey: keys }
}
