// S3 logs its requests as they came: the bucket as `bucketName`, the key, query-string and header parameters under
// their names (`x-amz-acl`, `list-type`), the sub-resource of the URI (`?acl`, `?versioning`) as a key of its own
// (an empty string, or a list of one), the `Host` (or `host`, a string or a list), a presigned URL's X-Amz-*
// parameters, and the XML body under its root element (`VersioningConfiguration: { Status }`). Every call, management
// or data event, carries `additionalEventData` with how it was signed and, for data events, the bytes it moved.
import type { Extra, Overlay } from '../overlay.js'

/** Query parameters of a presigned URL. */
const PRESIGNED = ['X-Amz-Algorithm', 'X-Amz-Date', 'X-Amz-Expires', 'X-Amz-SignedHeaders']

/**
 * The `additionalEventData` of every S3 call, as the S3 user guide ("CloudTrail log file entries for Amazon S3",
 * "Identifying Amazon S3 requests using CloudTrail", the default encryption FAQ) and the corpus show it: on
 * management events (ListBuckets, PutBucketAcl, GetBucketVersioning, DeleteBucket) and data events (PutObject,
 * CopyObject) alike. The byte counts are JSON numbers in every record.
 */
const ADDITIONAL_EVENT_DATA: { readonly [key: string]: Extra } = {
  /** `SigV2` or `SigV4`. */
  SignatureVersion: 's',
  /** The TLS cipher suite (`ECDHE-RSA-AES128-SHA`, `TLS_AES_128_GCM_SHA256`); absent over plain HTTP. */
  CipherSuite: 's',
  /** `AuthHeader` (signed in the Authorization header) or `QueryString` (a presigned URL). */
  AuthenticationMethod: 's',
  /** The request's extended ID (its `x-amz-id-2` response header). */
  'x-amz-id-2': 's',
  /** Bytes received in the request's body. */
  bytesTransferredIn: 'n',
  /** Bytes sent in the response's body. */
  bytesTransferredOut: 'n',
  /** `Yes` when an ACL was needed to authorize the request (absent otherwise). */
  aclRequired: 's',
  /** The server-side encryption S3 applied by default to a new object (`Default_SSE_S3`, `Default_SSE_KMS`). */
  SSEApplied: 's',
}

export const s3: Overlay = {
  keyStyle: 'xml',
  // The bucket's public access block: CloudTrail names the operations `<Verb>BucketPublicAccessBlock`.
  eventNames: (operation) =>
    /^(Get|Put|Delete)PublicAccessBlock$/.test(operation.name)
      ? [operation.name, operation.name.replace('PublicAccessBlock', 'BucketPublicAccessBlock')]
      : [operation.name],
  memberKeys: (_shape, member, definition) => (member === 'Bucket' && definition.location === 'uri' ? ['bucketName'] : []),
  requestKeys: (operation) => {
    const keys: { [key: string]: Extra } = { Host: 'd', host: 'd' }
    for (const name of PRESIGNED) keys[name] = 's'
    const query = (operation.http?.requestUri ?? '').split('?')[1]
    for (const part of query?.split('&') ?? []) keys[part.split('=')[0] as string] = 'd'
    return keys
  },
  additionalEventData: () => ADDITIONAL_EVENT_DATA,
  evidence: [
    { record: 'awsdocs-s3__1.json', eventName: 'GetBucketVersioning', shows: 'bucketName, host as a list, versioning: [""]' },
    { record: 'awsdocs-s3__1.json', eventName: 'PutBucketAcl', shows: 'acl: [""], AccessControlPolicy (XML body)' },
    { record: 'awsdocs-s3__1.json', eventName: 'ListBuckets', shows: 'host as a list' },
    { record: 'panther__70.json', eventName: 'DeleteBucketEncryption', shows: 'host as a string, encryption: ""' },
    { record: 'panther__84.json', eventName: 'PutBucketVersioning', shows: 'VersioningConfiguration { Status, MfaDelete }' },
    { record: 'panther__83.json', eventName: 'PutBucketLogging', shows: 'Host, logging, BucketLoggingStatus' },
    { record: 'panther__78.json', eventName: 'DeleteBucketPublicAccessBlock', shows: 'the eventName of DeletePublicAccessBlock' },
    { record: 'panther__80.json', eventName: 'PutBucketPublicAccessBlock', shows: 'the eventName of PutPublicAccessBlock' },
    { record: 'elastic__7.json', eventName: 'CopyObject', shows: 'Host, x-amz-copy-source, key' },
    { record: 'awsdoc-step-functions__7.json', eventName: 'PutObject', shows: 'X-Amz-* of a presigned URL, x-amz-acl' },
    { record: 'awsdocs-s3__1.json', eventName: 'ListBuckets', shows: 'additionalEventData: SignatureVersion SigV2, AuthenticationMethod QueryString, aclRequired' },
    { record: 'awsdocs-s3__1.json', eventName: 'PutBucketAcl', shows: 'additionalEventData: SignatureVersion, CipherSuite, AuthenticationMethod' },
    { record: 'panther__68.json', eventName: 'DeleteBucket', shows: 'additionalEventData of a management event' },
    { record: 'elastic__7.json', eventName: 'CopyObject', shows: 'additionalEventData: bytesTransferredIn and bytesTransferredOut as numbers, SSEApplied, x-amz-id-2' },
    { record: 'awsdoc-step-functions__7.json', eventName: 'PutObject', shows: 'additionalEventData: x-amz-id-2 alone' },
  ],
}
