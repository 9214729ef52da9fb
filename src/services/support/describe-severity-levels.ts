import * as t from 'io-ts'
import { openEnum } from '../../codec/open-enum.js'
import { defineOperation } from '../operation.js'
import { CaseLanguage, SeverityCode, SUPPORT_EVENT_SOURCE } from './shared.js'

/**
 * The display name of a severity level, paired with the codes `low` to
 * `critical`: `General guidance`, `System impaired`, `Production system
 * impaired`, `Production system down`, `Business-critical system down`. Open:
 * any other string still decodes.
 *
 * @example
 * ```ts
 * SeverityLevelName.is('Production system down')   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_SeverityLevel.html
 */
export const SeverityLevelName = openEnum('SeverityLevelName', [
  'General guidance',
  'System impaired',
  'Production system impaired',
  'Production system down',
  'Business-critical system down',
] as const)
/** A severity level's display name; see the codec of the same name. */
export type SeverityLevelName = t.TypeOf<typeof SeverityLevelName>

/**
 * Narrows a severity level name to one of the documented values.
 *
 * @param value - a decoded severity level name
 * @returns `true` for one of the five documented names
 * @example
 * ```ts
 * isKnownSeverityLevelName('System impaired')   // true
 * ```
 */
export function isKnownSeverityLevelName(value: string): value is (typeof SeverityLevelName.values)[number] {
  return SeverityLevelName.isKnown(value)
}

/**
 * A severity level: its code for `CreateCase` and its display name.
 *
 * @example
 * ```ts
 * SeverityLevel.is({ code: 'urgent', name: 'Production system down' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_SeverityLevel.html
 */
export const SeverityLevel = t.partial({ code: SeverityCode, name: SeverityLevelName }, 'SeverityLevel')
/** A severity level; see the codec of the same name. */
export type SeverityLevel = t.TypeOf<typeof SeverityLevel>

/**
 * The `requestParameters` of a `DescribeSeverityLevels` record: `language`.
 *
 * Every member is optional: CloudTrail may leave inputs out (it drops
 * free-text inputs), and a failed call may record only some of them.
 *
 * @example
 * ```ts
 * DescribeSeverityLevelsRequest.is({ language: 'en' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeSeverityLevels.html
 */
export const DescribeSeverityLevelsRequest = t.partial({ language: CaseLanguage }, 'DescribeSeverityLevelsRequest')
/** The `requestParameters` of a `DescribeSeverityLevels` record; see the codec of the same name. */
export type DescribeSeverityLevelsRequest = t.TypeOf<typeof DescribeSeverityLevelsRequest>

/**
 * The `responseElements` of a `DescribeSeverityLevels` record: the severity levels: a code (`low` to
 * `critical`) and its display name.
 *
 * @example
 * ```ts
 * DescribeSeverityLevelsResponse.is({
 *   severityLevels: [
 *     { code: 'low', name: 'General guidance' },
 *     { code: 'normal', name: 'System impaired' },
 *     { code: 'high', name: 'Production system impaired' },
 *     { code: 'urgent', name: 'Production system down' },
 *     { code: 'critical', name: 'Business-critical system down' },
 *   ],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeSeverityLevels.html
 */
export const DescribeSeverityLevelsResponse = t.partial(
  {
    severityLevels: t.array(SeverityLevel),
  },
  'DescribeSeverityLevelsResponse',
)
/** The `responseElements` of a `DescribeSeverityLevels` record; see the codec of the same name. */
export type DescribeSeverityLevelsResponse = t.TypeOf<typeof DescribeSeverityLevelsResponse>

/**
 * The `DescribeSeverityLevels` operation of the AWS Support API (`support.amazonaws.com`,
 * readOnly `true`): lists the severity levels a case may have.
 *
 * @example
 * ```ts
 * DescribeSeverityLevels.readOnly       // true
 * DescribeSeverityLevels.event.is(record)   // true for a DescribeSeverityLevels record whose payloads match
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeSeverityLevels.html
 */
export const DescribeSeverityLevels = defineOperation({
  eventSource: SUPPORT_EVENT_SOURCE,
  eventName: 'DescribeSeverityLevels',
  readOnly: true,
  request: DescribeSeverityLevelsRequest,
  response: DescribeSeverityLevelsResponse,
})

/**
 * The codec of a CloudTrail record of `DescribeSeverityLevels`: the generic record with
 * `eventSource` `support.amazonaws.com`, `eventName` `DescribeSeverityLevels`, and typed
 * `requestParameters` and `responseElements`, each of which may be `null` or
 * absent (failed calls, calls CloudTrail records without payload).
 *
 * @example
 * ```ts
 * DescribeSeverityLevelsEvent.is({
 *   eventVersion: '1.09',
 *   userIdentity: {
 *     type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', arn: 'arn:aws:iam::111122223333:user/janedoe',
 *     accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'janedoe',
 *   },
 *   eventTime: '2024-05-14T18:02:11Z', eventSource: 'support.amazonaws.com', eventName: 'DescribeSeverityLevels',
 *   awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15', userAgent: 'signin.amazonaws.com',
 *   requestParameters: { language: 'en' },
 *   responseElements: {
 *     severityLevels: [
 *       { code: 'low', name: 'General guidance' },
 *       { code: 'normal', name: 'System impaired' },
 *       { code: 'high', name: 'Production system impaired' },
 *       { code: 'urgent', name: 'Production system down' },
 *       { code: 'critical', name: 'Business-critical system down' },
 *     ],
 *   },
 *   requestID: '58c257ef-01a2-41e6-be2a-01c031060081', eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e0081',
 *   readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
 *   eventCategory: 'Management',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeSeverityLevels.html
 */
export const DescribeSeverityLevelsEvent = DescribeSeverityLevels.event
/** A CloudTrail record of `DescribeSeverityLevels`; see the codec of the same name. */
export type DescribeSeverityLevelsEvent = t.TypeOf<typeof DescribeSeverityLevelsEvent>

/**
 * A sound guard for `DescribeSeverityLevels` records: the literal `eventSource` and
 * `eventName` and every payload member are checked by the codec, so a record
 * it accepts really has the typed shape. A failed call (`errorCode` set,
 * payloads `null`) is accepted too.
 *
 * @param u - a record, or any value
 * @returns `true` when `u` is a `DescribeSeverityLevels` record that satisfies {@link DescribeSeverityLevelsEvent}
 *
 * @example
 * ```ts
 * for (const event of parseRecords(text).records) {
 *   if (isDescribeSeverityLevelsEvent(event)) console.log(event.responseElements?.severityLevels?.length)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeSeverityLevels.html
 */
export function isDescribeSeverityLevelsEvent(u: unknown): u is DescribeSeverityLevelsEvent {
  return DescribeSeverityLevelsEvent.is(u)
}
