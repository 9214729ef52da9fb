/**
 * A Lambda function subscribed to the CloudWatch Logs log group a trail
 * writes to: it reports denied API calls and failed console sign-ins (the
 * CIS "unauthorized API calls" and "console authentication failures" alarms).
 *
 *   npx tsx examples/cloudwatch-logs-subscription.ts   # sends it a payload of examples/samples/detections.json
 *
 * CloudWatch Logs invokes the function with `{"awslogs": {"data": "..."}}`,
 * the base64 of a gzip of a payload whose `logEvents` carry one CloudTrail
 * record each, as JSON text in `message`. `parseRecordsAsync` decodes it all
 * (`parseRecords`, which does not inflate gzip, reports an issue instead); a
 * CONTROL_MESSAGE, which CloudWatch Logs sends when the subscription is made,
 * holds no records. Run as a program, a driver builds both as CloudWatch Logs
 * does and calls the handler.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { describeCaller, isEventRecord, parseRecords, parseRecordsAsync, succeeded } from 'cloudtrail-codecs'
import type { CloudWatchLogsSubscriptionEvent } from 'cloudtrail-codecs'

/** Whether an error code means the caller was not allowed (`AccessDenied`, `Client.UnauthorizedOperation`, ...). */
const denied = (errorCode: string): boolean => /AccessDenied|Unauthorized/.test(errorCode)

/** The Lambda handler: the lines it reported (a real function would send them on). */
export async function handler(event: CloudWatchLogsSubscriptionEvent): Promise<string[]> {
  const { records, issues } = await parseRecordsAsync(event)
  for (const issue of issues) console.warn(`not read: ${issue.message}`)
  const found: string[] = []
  for (const record of records) {
    if (!isEventRecord(record) || succeeded(record)) continue
    const who = describeCaller(record).principalName ?? '?'
    if (record.eventName === 'ConsoleLogin') found.push(`${record.eventTime} failed console sign-in of ${who} from ${record.sourceIPAddress ?? '?'}`)
    else if (denied(record.errorCode ?? '')) found.push(`${record.eventTime} ${record.errorCode ?? ''}: ${who} called ${record.eventName}`)
  }
  console.log(`${records.length} records: ${found.length} to report`)
  for (const line of found) console.log(`  ${line}`)
  return found
}

/** What CloudWatch Logs sends a subscribed function: the payload, gzipped, in base64. */
function subscriptionEvent(payload: object): CloudWatchLogsSubscriptionEvent {
  return { awslogs: { data: gzipSync(JSON.stringify(payload)).toString('base64') } }
}

// The driver, when run as a program (not in Lambda).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const control = {
    messageType: 'CONTROL_MESSAGE', owner: 'CloudwatchLogs', logGroup: '', logStream: '', subscriptionFilters: [],
    logEvents: [{ id: '', timestamp: 1793692800000, message: 'CWL CONTROL MESSAGE: Checking health of destination Lambda function.' }],
  }
  const { records } = parseRecords(readFileSync(new URL('./samples/detections.json', import.meta.url)))
  const logEvents = records.map((record, i) => ({
    id: `3195310660696698337880902507980421114328961542429822${1000 + i}`,
    timestamp: Date.parse(record.eventTime),
    message: JSON.stringify(record),
  }))
  const data = {
    messageType: 'DATA_MESSAGE', owner: '111122223333', logGroup: 'aws-cloudtrail-logs-111122223333-3f9a1c2e',
    logStream: '111122223333_CloudTrail_us-east-1', subscriptionFilters: ['cloudtrail-to-lambda'], logEvents,
  }
  const reported = [...(await handler(subscriptionEvent(control))), ...(await handler(subscriptionEvent(data)))]
  if (reported.length !== 2) process.exitCode = 1 // the sample's failed root sign-in and denied CreateAccessKey
}
