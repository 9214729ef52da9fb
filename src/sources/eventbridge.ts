import * as t from 'io-ts'
import { appendPath } from '../errors/report.js'
import { hasOwn, mismatch } from './source.js'
import type { Source } from './source.js'

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
    else yield { kind: 'record', value: o['detail'], location: appendPath(location, 'detail') }
  },
}
