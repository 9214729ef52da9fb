import * as t from 'io-ts'
import { isJsonObject } from '../codec/json-object.js'
import { describeValue } from '../errors/excerpt.js'
import { appendPath } from '../errors/report.js'
import type { SourceEntry } from './entry.js'
import { hasOwn, mismatch } from './source.js'
import type { JsonObject, Source } from './source.js'

/** How CloudTrail's EventBridge detail types end: `AWS API Call via CloudTrail`, `AWS Console Sign In via CloudTrail`, ... */
const CLOUDTRAIL_DETAIL_TYPE = ' via CloudTrail'

/**
 * Whether an EventBridge event carries a CloudTrail record: its `detail-type`
 * is one of CloudTrail's (`... via CloudTrail`), or its `detail` has a
 * record's `eventTime` or `eventVersion` (a record put on a bus again with a
 * detail type of its own).
 *
 * @param event - an EventBridge event
 * @returns `true` when `detail` is a CloudTrail record, or meant to be one
 */
export function carriesCloudTrailRecord(event: JsonObject): boolean {
  const detailType = event['detail-type']
  if (typeof detailType === 'string' && detailType.endsWith(CLOUDTRAIL_DETAIL_TYPE)) return true
  const detail = event['detail']
  return isJsonObject(detail) && (hasOwn(detail, 'eventTime') || hasOwn(detail, 'eventVersion'))
}

/**
 * The issue for an EventBridge event that is not CloudTrail's (an EC2 state
 * change, a GuardDuty finding, ...): it says what the event is. It stands for
 * one record, as the event sits where a record would, and keeps the event.
 */
function notCloudTrail(event: JsonObject, location: string): SourceEntry {
  const detailType = String(event['detail-type'])
  const source = typeof event['source'] === 'string' ? ` from ${event['source']}` : ''
  return {
    kind: 'issue',
    perRecord: true,
    issue: {
      kind: 'input',
      problems: [
        { path: '$["detail-type"]', expected: 'a CloudTrail detail type ("... via CloudTrail")', found: describeValue(event['detail-type']) },
      ],
      detail: `an EventBridge event of detail-type ${JSON.stringify(detailType)}${source}, not a CloudTrail record: CloudTrail's events have a detail-type that ends in "via CloudTrail" ("AWS API Call via CloudTrail", "AWS Console Sign In via CloudTrail", ...), and this event's detail is not a record`,
      location,
      raw: event,
    },
  }
}

/**
 * An Amazon EventBridge event delivered by CloudTrail ("AWS API Call via
 * CloudTrail" and the other `... via CloudTrail` detail types): the record is
 * in `detail`. `id` is EventBridge's own id, not the record's `eventID`.
 *
 * @example
 * ```ts
 * EventBridgeEvent.is({ version: '0', id: '6f87d04b-9f74-4f04-a780-7acf4b0a9b38', 'detail-type': 'AWS API Call via CloudTrail',
 *   source: 'aws.support', account: '111122223333', time: '2016-04-13T18:05:53Z', region: 'us-east-1',
 *   resources: [], detail: { eventVersion: '1.04', eventName: 'CreateCase' } })   // true
 * ```
 * @see https://docs.aws.amazon.com/eventbridge/latest/ref/events-ref-cloudtrail.html
 */
export const EventBridgeEvent = /*#__PURE__*/ t.intersection(
  [
    /*#__PURE__*/ t.type({ 'detail-type': t.string, detail: t.unknown }),
    /*#__PURE__*/ t.partial({
      version: t.string,
      id: t.string,
      source: t.string,
      // 12 digits as a string; some producers of test events write a number.
      account: /*#__PURE__*/ t.union([t.string, t.number]),
      time: t.string,
      region: t.string,
      resources: /*#__PURE__*/ t.array(t.string),
      'replay-name': t.string,
    }),
  ],
  'EventBridgeEvent',
)
/** An EventBridge event that carries a CloudTrail record in `detail`. */
export type EventBridgeEvent = t.TypeOf<typeof EventBridgeEvent>

/**
 * An Amazon EventBridge event delivered by CloudTrail (a rule on "AWS API
 * Call via CloudTrail", "AWS Console Sign In", "AWS Service Event", ...):
 * the record is `detail`, at `$.detail`. Recognised by a string
 * `detail-type` and a `detail` key; its codec is {@link EventBridgeEvent}.
 * An event of another service (another `detail-type`, and a `detail` that
 * has no `eventTime` or `eventVersion`) is an `input` issue that says so,
 * with the event's record index and the event in `raw`.
 *
 * @example
 * ```ts
 * const event = {
 *   version: '0', id: '6f87d04b-9f74-4f04-a780-7acf4b0a9b38', 'detail-type': 'AWS API Call via CloudTrail', source: 'aws.support',
 *   account: '111122223333', time: '2016-04-13T18:05:53Z', region: 'us-east-1', resources: [],
 *   detail: {
 *     eventVersion: '1.04',
 *     userIdentity: { type: 'IAMUser', principalId: 'AIDAJ45Q7YFFAREXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
 *       accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe' },
 *     eventTime: '2016-04-13T18:05:53Z', eventSource: 'support.amazonaws.com', eventName: 'CreateCase', awsRegion: 'us-east-1',
 *     sourceIPAddress: '198.51.100.15', userAgent: 'console.amazonaws.com',
 *     requestParameters: { subject: 'Test case', severityCode: 'low', serviceCode: 'general-info', categoryCode: 'other' },
 *     responseElements: { caseId: 'case-111122223333-muen-2016-1aa5ed1b9e1a2ae2' },
 *     requestID: 'ad10d70e-01a6-11e6-a1a0-b7b1EXAMPLE', eventID: 'fbb1a4a2-1ea0-4b1a-a5a2-bf6fEXAMPLE',
 *     eventType: 'AwsApiCall', recipientAccountId: '111122223333',
 *   },
 * }
 * parseRecords(event).records[0] === event.detail   // true: recognised by its keys, the record at $.detail
 * ```
 * @see https://docs.aws.amazon.com/eventbridge/latest/ref/events-ref-cloudtrail.html
 */
export const eventBridge: Source<'eventBridge'> = {
  name: 'eventBridge',
  detect: (o) => typeof o['detail-type'] === 'string' && hasOwn(o, 'detail'),
  *unwrap(o, location) {
    const problem = mismatch(EventBridgeEvent, o, location)
    if (problem !== undefined) yield problem
    else if (!carriesCloudTrailRecord(o)) yield notCloudTrail(o, location)
    else yield { kind: 'record', value: o['detail'], location: appendPath(location, 'detail') }
  },
}
