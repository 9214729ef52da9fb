/**
 * Records composed for tests from documented field facts, with AWS
 * documentation example values (account 111122223333 and the like). Each
 * builder returns a fresh object, so tests can mutate or compare copies.
 */

/** An IAM user's API call, eventVersion 1.09, with most optional fields. */
export function apiCall(): Record<string, unknown> {
  return {
    eventVersion: '1.09',
    userIdentity: {
      type: 'IAMUser',
      principalId: 'AIDACKCEVSQ6C2EXAMPLE',
      arn: 'arn:aws:iam::111122223333:user/Alice',
      accountId: '111122223333',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      userName: 'Alice',
    },
    eventTime: '2024-05-01T10:05:00Z',
    eventSource: 'iam.amazonaws.com',
    eventName: 'CreateUser',
    awsRegion: 'us-east-1',
    sourceIPAddress: '198.51.100.7',
    userAgent: 'aws-cli/2.15.0',
    requestParameters: { userName: 'Bob' },
    responseElements: { user: { userName: 'Bob', path: '/', createDate: 'May 1, 2024, 10:05:00 AM' } },
    requestID: '11111111-2222-3333-4444-555555555555',
    eventID: '00000000-0000-4000-8000-000000000002',
    readOnly: false,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    tlsDetails: {
      tlsVersion: 'TLSv1.3',
      cipherSuite: 'TLS_AES_128_GCM_SHA256',
      clientProvidedHostHeader: 'iam.amazonaws.com',
    },
  }
}

/** The smallest record the codec accepts: the four required fields. */
export function minimalRecord(): Record<string, unknown> {
  return {
    eventVersion: '1.0',
    eventTime: '2014-03-06T21:22:54Z',
    eventSource: 'ec2.amazonaws.com',
    eventName: 'StartInstances',
  }
}

/** An Insights event: no userIdentity, eventSource or eventName at the top level. */
export function insightEvent(): Record<string, unknown> {
  return {
    eventVersion: '1.08',
    eventTime: '2023-07-10T01:42:00Z',
    awsRegion: 'us-east-1',
    eventID: '00000000-0000-4000-8000-000000000006',
    eventType: 'AwsCloudTrailInsight',
    recipientAccountId: '111122223333',
    sharedEventID: '00000000-0000-4000-8000-000000000007',
    insightDetails: {
      state: 'Start',
      eventSource: 'ec2.amazonaws.com',
      eventName: 'DescribeRegions',
      insightType: 'ApiErrorRateInsight',
      errorCode: 'Client.RequestLimitExceeded',
      insightContext: {
        statistics: { baseline: { average: 9.82222e-5 }, insight: { average: 3574.59 }, baselineDuration: 10723 },
        attributions: [
          { attribute: 'errorCode', insight: [{ value: 'null', average: 664 }], baseline: [{ value: 'null', average: 1.5 }] },
        ],
      },
    },
    eventCategory: 'Insight',
  }
}

/** A KMS key rotation: a service event whose identity has no `type`. */
export function serviceEvent(): Record<string, unknown> {
  return {
    eventVersion: '1.05',
    userIdentity: { accountId: '111122223333', invokedBy: 'AWS Internal' },
    eventTime: '2019-06-02T00:06:08Z',
    eventSource: 'kms.amazonaws.com',
    eventName: 'RotateKey',
    awsRegion: 'us-east-2',
    sourceIPAddress: 'AWS Internal',
    userAgent: 'AWS Internal',
    requestParameters: null,
    responseElements: null,
    eventID: '00000000-0000-4000-8000-000000000003',
    readOnly: false,
    resources: [{ ARN: 'arn:aws:kms:us-east-2:111122223333:key/1234abcd-EXAMPLE', accountId: '111122223333', type: 'AWS::KMS::Key' }],
    eventType: 'AwsServiceEvent',
    recipientAccountId: '111122223333',
    serviceEventDetails: { keyId: '1234abcd-EXAMPLE' },
  }
}
