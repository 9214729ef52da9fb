import { appendPath } from '../errors/report.js'
import { LogFile } from '../record/log-file.js'
import { hasOwn, mismatch } from './source.js'
import type { Source } from './source.js'

/**
 * A CloudTrail log file as CloudTrail writes it to S3 (gzip of
 * `{"Records": [...]}`; gzip is undone by the reader before any source
 * sees the text). Recognised by its `Records` key, after the SNS and SQS
 * events delivered to Lambda, which have one too; its codec is
 * {@link LogFile}.
 *
 * Every element of `Records` is a record, never a wrapper, so that element
 * `i` is record `i` even when it has a key such as `Records` or `Events`.
 * The array is handed on whole as one `records` entry at `$.Records`: no
 * object or path is made per record.
 *
 * @example
 * ```ts
 * const file = {
 *   Records: [{
 *     eventVersion: '1.08',
 *     userIdentity: { type: 'IAMUser', principalId: 'AIDAJ45Q7YFFAREXAMPLE', arn: 'arn:aws:iam::111122223333:user/Mary_Major',
 *       accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'Mary_Major' },
 *     eventTime: '2023-07-19T21:17:28Z', eventSource: 'ec2.amazonaws.com', eventName: 'StartInstances',
 *     awsRegion: 'us-east-1', sourceIPAddress: '192.0.2.0', userAgent: 'aws-cli/2.13.5 Python/3.11.4 Linux/4.14.255-314-253.539.amzn2.x86_64',
 *     requestParameters: { instancesSet: { items: [{ instanceId: 'i-EXAMPLE56126103cb' }] } },
 *     responseElements: null, requestID: 'e4336db0-149f-4a6b-844d-EXAMPLEb9d16', eventID: 'e755e09c-42f9-4c5c-9064-EXAMPLE228c7',
 *     readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333', eventCategory: 'Management',
 *   }],
 * }
 * parseRecords(file, { source: 'logFile' }).records.length   // 1, the record at $.Records[0]
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-examples.html
 */
export const logFile: Source<'logFile'> = {
  name: 'logFile',
  detect: (o) => hasOwn(o, 'Records'),
  *unwrap(o, location) {
    // `is` first: decoding a valid log file would allocate a context and a result per element.
    const problem = LogFile.is(o) ? undefined : mismatch(LogFile, o, location)
    if (problem !== undefined) yield problem
    else yield { kind: 'records', values: o['Records'] as unknown[], location: appendPath(location, 'Records') }
  },
}
