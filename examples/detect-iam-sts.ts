/**
 * Three detections on identity events, each on a typed operation (no casts):
 *
 * - a root console sign-in without MFA (`signin` ConsoleLogin);
 * - an access key created for another user (`iam` CreateAccessKey);
 * - a role assumed from another account (`sts` AssumeRole).
 *
 *   npx tsx examples/detect-iam-sts.ts [log file]   # default: examples/samples/detections.json
 *
 * Prints one line per finding: time, rule, caller and what it did. The sample
 * holds a positive and negative cases of each rule (MFA used, a failed
 * sign-in, an IAM user's own key, a denied call, a same-account role, a
 * service assuming a role).
 */
import { readFileSync } from 'node:fs'
import { describeCaller, parseRecords, succeeded } from 'cloudtrail-codecs'
import type { CloudTrailRecord } from 'cloudtrail-codecs'
import { iam } from 'cloudtrail-codecs/aws/iam'
import type { IamEvent } from 'cloudtrail-codecs/aws/iam'
import { signInSummary } from 'cloudtrail-codecs/audit'
import { signin } from 'cloudtrail-codecs/aws/signin'
import type { SigninEvent } from 'cloudtrail-codecs/aws/signin'
import { sts } from 'cloudtrail-codecs/aws/sts'
import type { StsEvent } from 'cloudtrail-codecs/aws/sts'

/** A root console sign-in without MFA. */
function rootWithoutMfa(event: SigninEvent<'ConsoleLogin'>): string | undefined {
  if (describeCaller(event).class === 'root' && signInSummary(event).mfaUsed === false) {
    return `root console sign-in without MFA from ${event.sourceIPAddress ?? '?'}`
  }
  return undefined
}

/** An access key created for a user other than the caller (without a userName, IAM uses the caller's own). */
function keyForAnotherUser(event: IamEvent<'CreateAccessKey'>): string | undefined {
  const caller = describeCaller(event)
  const target = event.requestParameters?.userName
  if (!target || (caller.class === 'iam-user' && caller.userName === target)) return undefined
  return `access key ${event.responseElements?.accessKey?.accessKeyId ?? '?'} created for user ${target}`
}

/** A role assumed from another account: the role owner's copy says crossAccount, the caller's copy only the role's ARN. */
function roleFromAnotherAccount(event: StsEvent<'AssumeRole'>): string | undefined {
  const caller = describeCaller(event)
  const roleArn = event.requestParameters?.roleArn
  const roleAccount = roleArn?.split(':')[4]
  const otherAccount = roleAccount !== undefined && caller.accountId !== undefined && roleAccount !== caller.accountId
  if (!caller.crossAccount && !otherAccount) return undefined
  return `role ${roleArn ?? '?'} assumed from account ${caller.accountId ?? '?'} (logged in ${event.recipientAccountId ?? '?'})`
}

/** The finding of the rule for a record's operation, if it fires; failed calls never do. */
function detect(record: CloudTrailRecord): string | undefined {
  if (!succeeded(record)) return undefined
  if (signin.operations.ConsoleLogin.is(record)) return rootWithoutMfa(record)
  if (iam.operations.CreateAccessKey.is(record)) return keyForAnotherUser(record)
  if (sts.operations.AssumeRole.is(record)) return roleFromAnotherAccount(record)
  return undefined
}

const file = process.argv[2] ?? new URL('./samples/detections.json', import.meta.url)
const { records, issues } = parseRecords(readFileSync(file), { services: [signin, iam, sts] })
for (const issue of issues) console.warn(`issue: ${issue.message}`)

let findings = 0
for (const record of records) {
  const finding = detect(record)
  if (finding === undefined) continue
  findings++
  console.log(`${record.eventTime}  ${describeCaller(record).principalName ?? '?'}: ${finding}`)
}
console.log(`${records.length} records, ${findings} findings, ${issues.length} issues`)
// On the sample: one root sign-in, two keys for other users, two cross-account roles.
if (process.argv[2] === undefined && (findings !== 5 || issues.length > 0)) process.exitCode = 1
