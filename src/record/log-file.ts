import * as t from 'io-ts'

/**
 * The envelope of a CloudTrail log file as delivered to S3:
 * `{"Records": [...]}`. The records are left unchecked here, so that one bad
 * record never sinks the file: `parseRecords` decodes each one on its own.
 *
 * @example
 * ```ts
 * LogFile.is({ Records: [] })   // true
 * LogFile.is({ Records: 5 })    // false
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-examples.html
 */
export const LogFile = /*#__PURE__*/ t.type({ Records: /*#__PURE__*/ t.array(t.unknown) }, 'LogFile')
/** The envelope of a CloudTrail log file. */
export type LogFile = t.TypeOf<typeof LogFile>

/**
 * A CloudTrail digest file (`CloudTrail-Digest/`): it lists log files and
 * their hashes and holds no records. `parseRecords` recognises one and says so.
 *
 * @example
 * ```ts
 * DigestFile.is({ awsAccountId: '111122223333', digestS3Object: 'AWSLogs/...json.gz', logFiles: [] })   // true
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-digest-file-structure.html
 */
export const DigestFile = /*#__PURE__*/ t.intersection(
  [
    /*#__PURE__*/ t.type({ digestS3Object: t.string, logFiles: /*#__PURE__*/ t.array(t.unknown) }),
    /*#__PURE__*/ t.partial({
      awsAccountId: t.string,
      digestStartTime: t.string,
      digestEndTime: t.string,
      digestS3Bucket: t.string,
    }),
  ],
  'DigestFile',
)
/** A CloudTrail digest file. */
export type DigestFile = t.TypeOf<typeof DigestFile>
