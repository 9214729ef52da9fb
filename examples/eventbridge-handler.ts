/**
 * A Lambda function for an EventBridge rule on "AWS API Call via CloudTrail"
 * events: it alerts when an AWS managed admin policy is attached to a user,
 * a role or a group.
 *
 *   npx tsx examples/eventbridge-handler.ts   # sends it examples/samples/eventbridge-event.json
 *
 * Deployed, the rule's pattern is
 * `{"source": ["aws.iam"], "detail-type": ["AWS API Call via CloudTrail"]}`
 * (IAM's events reach EventBridge in us-east-1) and the handler is `handler`.
 * `parseRecordsAsync` recognises an EventBridge event by its `detail-type` and
 * `detail` and reads the record in `detail`; an event of another kind comes
 * back as an issue that says what it is. Run as a program, a driver sends the
 * handler the sample event and an EC2 state-change event.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describeCaller, parseRecordsAsync, succeeded } from 'cloudtrail-codecs'
import type { CloudTrailRecord } from 'cloudtrail-codecs'
import { iam } from 'cloudtrail-codecs/aws/iam'

const adminPolicies = ['arn:aws:iam::aws:policy/AdministratorAccess', 'arn:aws:iam::aws:policy/IAMFullAccess']

/** The alert for a record, if it attached an admin policy. */
function adminAttached(record: CloudTrailRecord): string | undefined {
  if (!iam.is(record) || !succeeded(record)) return undefined
  let target: string
  switch (record.eventName) {
    case 'AttachUserPolicy':
      target = `user ${record.requestParameters?.userName ?? '?'}`
      break
    case 'AttachRolePolicy':
      target = `role ${record.requestParameters?.roleName ?? '?'}`
      break
    case 'AttachGroupPolicy':
      target = `group ${record.requestParameters?.groupName ?? '?'}`
      break
    default:
      return undefined
  }
  const policyArn = record.requestParameters?.policyArn ?? ''
  if (!adminPolicies.includes(policyArn)) return undefined
  return `${record.eventTime} ${describeCaller(record).principalName ?? '?'} attached ${policyArn} to ${target}`
}

/** The Lambda handler: one EventBridge event in, the alerts it raised out (a real function would page someone). */
export async function handler(event: unknown): Promise<string[]> {
  const { records, issues } = await parseRecordsAsync(event, { services: [iam] })
  for (const issue of issues) console.warn(`skipped: ${issue.message}`)
  const alerts = records.flatMap((record) => adminAttached(record) ?? [])
  for (const alert of alerts) console.log(`ALERT ${alert}`)
  return alerts
}

// The driver, when run as a program (not in Lambda): the sample event, then an event that is not CloudTrail's.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sample: unknown = JSON.parse(readFileSync(new URL('./samples/eventbridge-event.json', import.meta.url), 'utf8'))
  const stateChange = {
    version: '0', id: '7bf73129-1428-4cd3-a780-95db273d1602', 'detail-type': 'EC2 Instance State-change Notification',
    source: 'aws.ec2', account: '111122223333', time: '2026-11-03T09:41:00Z', region: 'us-east-1',
    resources: ['arn:aws:ec2:us-east-1:111122223333:instance/i-0abcd1234efgh5678'],
    detail: { 'instance-id': 'i-0abcd1234efgh5678', state: 'running' },
  }
  const alerts = [...(await handler(sample)), ...(await handler(stateChange))]
  console.log(`${alerts.length} alert(s)`)
  if (alerts.length !== 1) process.exitCode = 1
}
