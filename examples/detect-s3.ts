/**
 * S3 detections on typed operations: a bucket made public (a policy that
 * allows everyone, an ACL that grants everyone, a public access block deleted
 * or weakened), objects read by another account or anonymously (GetObject
 * data events, with the bytes read from `additionalEventData`), and any of
 * these calls signed with the deprecated Signature Version 2 (its typed
 * `additionalEventData.SignatureVersion`, no cast). One line per finding:
 * time, bucket, what, who. The sample also holds calls that must not fire (a
 * partner's policy, a private ACL, a full block, the owner's read, a denied
 * read).
 *
 *   npx tsx examples/detect-s3.ts [log file]   # default: examples/samples/s3-events.json
 */
import { readFileSync } from 'node:fs'
import * as t from 'io-ts'
import { describeCaller, parseRecords, succeeded } from 'cloudtrail-codecs'
import { s3 } from 'cloudtrail-codecs/aws/s3'
import type { S3Event } from 'cloudtrail-codecs/aws/s3'

/** JSON that holds one value or a list of them, as policies and ACLs do. */
const oneOrMany = <C extends t.Mixed>(codec: C) => t.union([codec, t.array(codec)])
const listOf = <A>(value: A | A[] | undefined): A[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])

/** The parts of a policy document and of an ACL the rules read (io-ts codecs compose with the library's). */
const Statement = t.partial({ Effect: t.string, Principal: t.union([t.string, t.partial({ AWS: oneOrMany(t.string) })]) })
const PolicyDocument = t.type({ Statement: oneOrMany(Statement) })
const AccessControlList = t.partial({ Grant: oneOrMany(t.partial({ Grantee: t.partial({ URI: t.string }), Permission: t.string })) })
const everyone = ['http://acs.amazonaws.com/groups/global/AllUsers', 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers']

/** Whether a policy document allows everyone: `"Principal": "*"` or `{"AWS": "*"}` (conditions aside). */
function allowsEveryone(policy: unknown): boolean {
  if (!PolicyDocument.is(policy)) return false
  return listOf(policy.Statement).some(({ Effect, Principal }) => {
    const principals = typeof Principal === 'string' ? [Principal] : listOf(Principal?.AWS)
    return Effect === 'Allow' && principals.includes('*')
  })
}

/** The operations the rules read (each types `requestParameters.bucketName`), and what a rule says of one. */
type Watched = S3Event<'PutBucketPolicy' | 'PutBucketAcl' | 'DeleteBucketPublicAccessBlock' | 'PutBucketPublicAccessBlock' | 'GetObject'>
function detect(event: Watched): string | undefined {
  const caller = describeCaller(event)
  const { eventName, requestParameters: params, additionalEventData: data } = event // destructured, still narrowed by eventName
  // additionalEventData is typed for every S3 operation: how the request was signed, the bytes it moved.
  if (data?.SignatureVersion === 'SigV2') return `${eventName} signed with SigV2 (${data.AuthenticationMethod ?? '?'})`
  switch (eventName) {
    case 'PutBucketPolicy': // CloudTrail writes the policy as `bucketPolicy`, a key the API model does not name
      return params && 'bucketPolicy' in params && allowsEveryone(params.bucketPolicy) ? 'bucket policy allows everyone' : undefined
    case 'PutBucketAcl': {
      const canned = params?.['x-amz-acl']
      const acl = params?.AccessControlPolicy?.AccessControlList
      const grants = AccessControlList.is(acl) ? listOf(acl.Grant).filter((grant) => everyone.includes(grant.Grantee?.URI ?? '')) : []
      if (canned === 'public-read' || canned === 'public-read-write') return `canned ACL ${canned}`
      return grants.length > 0 ? `ACL grants ${grants.map((grant) => grant.Permission).join(', ')} to everyone` : undefined
    }
    case 'DeleteBucketPublicAccessBlock':
      return 'public access block deleted'
    case 'PutBucketPublicAccessBlock': {
      const off = Object.entries(params?.PublicAccessBlockConfiguration ?? {}).filter(([, value]) => value === false || value === 'false')
      return off.length > 0 ? `public access block weakened: ${off.map(([name]) => name).join(', ')} off` : undefined
    }
    case 'GetObject': {
      const object = `object ${params?.key ?? '?'} (${data?.bytesTransferredOut ?? '?'} bytes)`
      return caller.anonymous ? `${object} read anonymously` : caller.crossAccount ? `${object} read by account ${caller.accountId ?? '?'}` : undefined
    }
  }
}

const file = process.argv[2] ?? new URL('./samples/s3-events.json', import.meta.url)
const { records, issues } = parseRecords(readFileSync(file), { services: [s3] })
for (const issue of issues) console.warn(`issue: ${issue.message}`)
let findings = 0
const { PutBucketPolicy, PutBucketAcl, DeleteBucketPublicAccessBlock, PutBucketPublicAccessBlock, GetObject } = s3.operations
for (const record of records) {
  const watched = PutBucketPolicy.is(record) || PutBucketAcl.is(record) || GetObject.is(record) ||
    DeleteBucketPublicAccessBlock.is(record) || PutBucketPublicAccessBlock.is(record)
  if (!watched || !succeeded(record)) continue
  const finding = detect(record)
  if (finding === undefined) continue
  findings++
  console.log(`${record.eventTime}  ${record.requestParameters?.bucketName ?? '?'}: ${finding} (${describeCaller(record).principalName ?? '?'})`)
}
console.log(`${records.length} records, ${findings} findings, ${issues.length} issues`)
// On the sample: a public policy, two public ACLs, a block deleted and one weakened, two reads.
if (process.argv[2] === undefined && (findings !== 7 || issues.length > 0)) process.exitCode = 1
