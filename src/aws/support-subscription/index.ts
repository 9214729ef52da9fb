/**
 * The legacy AWS Support Plans console names that CloudTrail logged under
 * `support-subscription.amazonaws.com` until 2022-08-03: the service value
 * {@link supportSubscription}, its event type {@link SupportSubscriptionEvent},
 * and the request and response codecs of its operations.
 *
 * @module cloudtrail-codecs/aws/support-subscription
 */
import { defineService } from '../../services/service.js'
import type { EventOf, OperationName } from '../../services/service.js'
import { DescribeSupportLevelSummaryRequest, DescribeSupportLevelSummaryResponse } from './describe-support-level-summary.js'
import { UpdateProbationAutoCancellationRequest, UpdateProbationAutoCancellationResponse } from './update-probation-auto-cancellation.js'
import { UpdateSupportLevelRequest, UpdateSupportLevelResponse } from './update-support-level.js'
import { SUPPORT_SUBSCRIPTION_EVENT_SOURCE } from './shared.js'

/**
 * The legacy AWS Support Plans console names that CloudTrail logged under `support-subscription.amazonaws.com`
 * until 2022-08-03: 3 operations, typed from the documented samples. Newer records use
 * `supportplans.amazonaws.com`.
 *
 * Import it from `cloudtrail-codecs/aws/support-subscription`; pass it to `parseRecords(input, { services: [supportSubscription] })` to check its records' payloads while parsing, and narrow with `supportSubscription.is` (all its operations) or `supportSubscription.operations.X.is` (one).
 *
 * @example
 * ```ts
 * import { parseRecords } from 'cloudtrail-codecs'
 * import { supportSubscription } from 'cloudtrail-codecs/aws/support-subscription'
 *
 * const { records } = parseRecords(text, { services: [supportSubscription] })
 * for (const record of records) {
 *   if (supportSubscription.is(record)) console.log(record.eventName, supportSubscription.operations[record.eventName].readOnly)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const supportSubscription = /*#__PURE__*/ defineService({
  name: 'support-subscription',
  title: 'AWS Support subscription (legacy)',
  eventSource: SUPPORT_SUBSCRIPTION_EVENT_SOURCE,
  operations: {
    /**
     * The `DescribeSupportLevelSummary` operation, a legacy AWS Support Plans console action
     * (`support-subscription.amazonaws.com`; no longer logged since 2022-08-03, still found in older archives),
     * readOnly `true` (observed in CloudTrail sample): viewed the support level of the account in the Support Plans
     * console.
     *
     * @example
     * ```ts
     * supportSubscription.operations.DescribeSupportLevelSummary.is({
     *   eventVersion: '1.08',
     *   userIdentity: {
     *     type: 'Root', principalId: '111122223333', arn: 'arn:aws:iam::111122223333:root',
     *     accountId: '111122223333', accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
     *   },
     *   eventTime: '2021-01-07T22:21:07Z', eventSource: 'support-subscription.amazonaws.com',
     *   eventName: 'DescribeSupportLevelSummary', awsRegion: 'us-east-1', sourceIPAddress: '100.127.8.67',
     *   userAgent: 'AWS-SupportPlansConsole, aws-internal/3', requestParameters: { lang: 'en' }, responseElements: null,
     *   requestID: '348a19f7-429a-5209-b4ec-b8cea39fce68', eventID: '3d1ce4e8-3384-5978-a110-268eb37d8473',
     *   readOnly: true, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
     *   eventCategory: 'Management',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
     */
    DescribeSupportLevelSummary: { readOnly: true, request: DescribeSupportLevelSummaryRequest, response: DescribeSupportLevelSummaryResponse },
    /**
     * The `UpdateProbationAutoCancellation` operation, a legacy AWS Support Plans console action
     * (`support-subscription.amazonaws.com`; no longer logged since 2022-08-03, still found in older archives),
     * readOnly `false` (observed in CloudTrail sample): changed the automatic cancellation of a support plan on
     * probation.
     *
     * @example
     * ```ts
     * supportSubscription.operations.UpdateProbationAutoCancellation.is({
     *   eventVersion: '1.08',
     *   userIdentity: {
     *     type: 'Root', principalId: '111122223333', arn: 'arn:aws:iam::111122223333:root',
     *     accountId: '111122223333', accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
     *   },
     *   eventTime: '2021-01-07T22:22:07Z', eventSource: 'support-subscription.amazonaws.com',
     *   eventName: 'UpdateProbationAutoCancellation', awsRegion: 'us-east-1', sourceIPAddress: '100.127.8.67',
     *   userAgent: 'AWS-SupportPlansConsole, aws-internal/3', requestParameters: { lang: 'en' }, responseElements: null,
     *   requestID: '29db105d-135c-5f4c-a02b-2eb0e8b5acb1', eventID: 'c63a92c5-5d1b-5903-a5c0-98c204ae8805',
     *   readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
     *   eventCategory: 'Management',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
     */
    UpdateProbationAutoCancellation: { readOnly: false, request: UpdateProbationAutoCancellationRequest, response: UpdateProbationAutoCancellationResponse },
    /**
     * The `UpdateSupportLevel` operation, a legacy AWS Support Plans console action
     * (`support-subscription.amazonaws.com`; no longer logged since 2022-08-03, still found in older archives),
     * readOnly `false` (observed in CloudTrail sample): changed the support level of the account in the Support
     * Plans console.
     *
     * @example
     * ```ts
     * supportSubscription.operations.UpdateSupportLevel.is({
     *   eventVersion: '1.08',
     *   userIdentity: {
     *     type: 'Root', principalId: '111122223333', arn: 'arn:aws:iam::111122223333:root',
     *     accountId: '111122223333', accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
     *   },
     *   eventTime: '2021-01-07T22:23:07Z', eventSource: 'support-subscription.amazonaws.com',
     *   eventName: 'UpdateSupportLevel', awsRegion: 'us-east-1', sourceIPAddress: '100.127.8.67',
     *   userAgent: 'AWS-SupportPlansConsole, aws-internal/3', requestParameters: { supportLevel: 'new_business' },
     *   responseElements: { aispl: false, supportLevel: 'new_business' },
     *   requestID: '9177c974-046b-5adc-af84-18cf9825a89d', eventID: '4db4db29-6ee3-5f88-9d27-d69a8ea388de',
     *   readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
     *   eventCategory: 'Management',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
     */
    UpdateSupportLevel: { readOnly: false, request: UpdateSupportLevelRequest, response: UpdateSupportLevelResponse },
  },
})

/**
 * A CloudTrail record of an operation of AWS Support subscription (legacy) (`support-subscription.amazonaws.com`), or of the operations named: what `supportSubscription.is` and `supportSubscription.operations.X.is` narrow to.
 *
 * @typeParam Name - the eventNames to include (all by default)
 *
 * @example
 * ```ts
 * function audit(event: SupportSubscriptionEvent<'DescribeSupportLevelSummary'>): void {
 *   console.log(event.eventName, event.requestParameters)
 * }
 * ```
 */
export type SupportSubscriptionEvent<Name extends OperationName<typeof supportSubscription> = OperationName<typeof supportSubscription>> = EventOf<typeof supportSubscription, Name>

export * from './describe-support-level-summary.js'
export * from './shared.js'
export * from './update-probation-auto-cancellation.js'
export * from './update-support-level.js'
