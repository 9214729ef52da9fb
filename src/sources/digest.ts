import { describeValue } from '../errors/excerpt.js'
import type { Source } from './source.js'

/**
 * A CloudTrail digest file (`CloudTrail-Digest/` in the trail's bucket): it
 * lists log files and their hashes and holds no records. Recognised by a
 * string `digestS3Object` and a `logFiles` array, it is one `digest` issue
 * that says so (its codec is `DigestFile`).
 *
 * @example
 * ```ts
 * const digestFile = {
 *   awsAccountId: '111122223333', digestStartTime: '2015-08-17T14:01:31Z', digestEndTime: '2015-08-17T15:01:31Z',
 *   digestS3Bucket: 'amzn-s3-demo-bucket',
 *   digestS3Object: 'AWSLogs/111122223333/CloudTrail-Digest/us-east-2/2015/08/17/111122223333_CloudTrail-Digest_us-east-2_your-trail-name_us-east-2_20150817T150131Z.json.gz',
 *   logFiles: [],
 * }
 * parseRecords(digestFile).issues[0]?.kind   // 'digest'
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-digest-file-structure.html
 */
export const digest: Source<'digest'> = {
  name: 'digest',
  detect: (o) => typeof o['digestS3Object'] === 'string' && Array.isArray(o['logFiles']),
  *unwrap(o, location) {
    yield {
      kind: 'issue',
      perRecord: false,
      issue: {
        kind: 'digest',
        problems: [{ path: '$', expected: 'a log file with Records', found: describeValue(o) }],
        detail: 'this is a CloudTrail digest file (CloudTrail-Digest/): it lists log files and their hashes and holds no records',
        location,
      },
    }
  },
}
