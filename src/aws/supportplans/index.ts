/**
 * AWS Support Plans as CloudTrail logs it under
 * `supportplans.amazonaws.com`: the service value {@link supportPlans}, its
 * event type {@link SupportPlansEvent}, and the codecs of the operations whose
 * shapes a documented sample shows.
 *
 * @module cloudtrail-codecs/aws/supportplans
 */
import { defineService } from '../../services/service.js'
import type { EventOf, OperationName } from '../../services/service.js'
import { shapelessOperations } from '../../services/shapeless.js'
import { GetSupportPlanUpdateStatusRequest, GetSupportPlanUpdateStatusResponse } from './get-support-plan-update-status.js'
import { GetSupportPlanRequest, GetSupportPlanResponse } from './get-support-plan.js'
import { StartSupportPlanUpdateRequest, StartSupportPlanUpdateResponse } from './start-support-plan-update.js'
import { SUPPORT_PLANS_EVENT_SOURCE } from './shared.js'

/**
 * The operations of AWS Support Plans whose payload shapes are unknown (no public API model, and no published
 * record shows them): both payloads decode as any JSON value, kept as it came and typed `unknown`; the records
 * still narrow by eventName. The value is each one's `readOnly`.
 */
const shapeless = /*#__PURE__*/ shapelessOperations({
  /**
   * Schedules a change of the support plan (readOnly inferred from IAM access level).
   */
  CreateSupportPlanSchedule: false,
  /**
   * Lists the modifiers of the support plan (readOnly inferred from IAM access level).
   */
  ListSupportPlanModifiers: true,
})

/**
 * AWS Support Plans as CloudTrail logs it under `supportplans.amazonaws.com`: its 5 operations (no public API
 * model; typed where a documented sample shows the shape).
 *
 * Import it from `cloudtrail-codecs/aws/supportplans`; pass it to `parseRecords(input, { services: [supportPlans] })` to check its records' payloads while parsing, and narrow with `supportPlans.is` (all its operations) or `supportPlans.operations.X.is` (one).
 *
 * @example
 * ```ts
 * import { parseRecords } from 'cloudtrail-codecs'
 * import { supportPlans } from 'cloudtrail-codecs/aws/supportplans'
 *
 * const { records } = parseRecords(text, { services: [supportPlans] })
 * for (const record of records) {
 *   if (supportPlans.is(record)) console.log(record.eventName, supportPlans.operations[record.eventName].readOnly)
 * }
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
 */
export const supportPlans = /*#__PURE__*/ defineService({
  name: 'supportplans',
  title: 'AWS Support Plans',
  eventSource: SUPPORT_PLANS_EVENT_SOURCE,
  operations: {
    /**
     * The `GetSupportPlan` operation, an AWS Support Plans operation (`supportplans.amazonaws.com`, no public API
     * model), readOnly `true` (observed in CloudTrail sample): gets the support plan of the account.
     *
     * @example
     * ```ts
     * supportPlans.operations.GetSupportPlan.is({
     *   eventVersion: '1.08',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
     *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
     *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
     *   },
     *   eventTime: '2024-03-08T09:48:11Z', eventSource: 'supportplans.amazonaws.com', eventName: 'GetSupportPlan',
     *   awsRegion: 'us-west-2', sourceIPAddress: '198.51.100.24',
     *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
     *   requestParameters: null, responseElements: null, requestID: '219e8927-149a-5b4f-9c3a-8396892f1299',
     *   eventID: 'e320cf63-b639-5263-b07b-5f3b55a21298', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
     *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
     */
    GetSupportPlan: { readOnly: true, request: GetSupportPlanRequest, response: GetSupportPlanResponse },
    /**
     * The `GetSupportPlanUpdateStatus` operation, an AWS Support Plans operation (`supportplans.amazonaws.com`, no
     * public API model), readOnly `true` (observed in CloudTrail sample): gets the status of a support plan change.
     *
     * @example
     * ```ts
     * supportPlans.operations.GetSupportPlanUpdateStatus.is({
     *   eventVersion: '1.08',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
     *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
     *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
     *   },
     *   eventTime: '2024-03-08T09:49:11Z', eventSource: 'supportplans.amazonaws.com',
     *   eventName: 'GetSupportPlanUpdateStatus', awsRegion: 'us-west-2', sourceIPAddress: '198.51.100.24',
     *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
     *   requestParameters: {
     *     supportPlanUpdateArn: 'arn:aws:supportplans::111122223333:supportplanupdate/0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d',
     *   },
     *   responseElements: null, requestID: 'c4a10fdf-2595-5dc4-8e0d-65958b90c9e4',
     *   eventID: 'bca3ac56-dea9-5dd7-8fe2-c07658fdb559', readOnly: true, eventType: 'AwsApiCall', managementEvent: true,
     *   recipientAccountId: '111122223333', eventCategory: 'Management', sessionCredentialFromConsole: 'true',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
     */
    GetSupportPlanUpdateStatus: { readOnly: true, request: GetSupportPlanUpdateStatusRequest, response: GetSupportPlanUpdateStatusResponse },
    /**
     * The `StartSupportPlanUpdate` operation, an AWS Support Plans operation (`supportplans.amazonaws.com`, no
     * public API model), readOnly `false` (observed in CloudTrail sample): starts a change of the support plan of
     * the account.
     *
     * @example
     * ```ts
     * supportPlans.operations.StartSupportPlanUpdate.is({
     *   eventVersion: '1.08',
     *   userIdentity: {
     *     type: 'AssumedRole', principalId: 'AROAJ45Q7YFFAREXAMPLE:janedoe',
     *     arn: 'arn:aws:sts::111122223333:assumed-role/Admin/janedoe', accountId: '111122223333',
     *     accessKeyId: 'ASIAJEXAMPLEXEG2JICEA',
     *   },
     *   eventTime: '2024-03-08T09:00:11Z', eventSource: 'supportplans.amazonaws.com', eventName: 'StartSupportPlanUpdate',
     *   awsRegion: 'us-west-2', sourceIPAddress: '198.51.100.24',
     *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
     *   requestParameters: { clientToken: '3f2b6c1e-8d4a-4e7b-9c0f-5a1d2e3f4b5c', update: { supportLevel: 'BUSINESS' } },
     *   responseElements: {
     *     'Access-Control-Expose-Headers': 'x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date',
     *     supportPlanUpdateArn: 'arn:aws:supportplans::111122223333:supportplanupdate/0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d',
     *   },
     *   requestID: '535013bf-c354-5c6a-bb4a-1732a97a60fb', eventID: 'dbe06dc1-e827-55a9-ac42-b969f573cd97',
     *   readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333',
     *   eventCategory: 'Management', sessionCredentialFromConsole: 'true',
     * })   // true
     * ```
     * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-support-plans.html
     */
    StartSupportPlanUpdate: { readOnly: false, request: StartSupportPlanUpdateRequest, response: StartSupportPlanUpdateResponse },
    ...shapeless,
  },
})

/**
 * A CloudTrail record of an operation of AWS Support Plans (`supportplans.amazonaws.com`), or of the operations named: what `supportPlans.is` and `supportPlans.operations.X.is` narrow to.
 *
 * @typeParam Name - the eventNames to include (all by default)
 *
 * @example
 * ```ts
 * function audit(event: SupportPlansEvent<'GetSupportPlan'>): void {
 *   console.log(event.eventName, event.requestParameters)
 * }
 * ```
 */
export type SupportPlansEvent<Name extends OperationName<typeof supportPlans> = OperationName<typeof supportPlans>> = EventOf<typeof supportPlans, Name>

export * from './get-support-plan-update-status.js'
export * from './get-support-plan.js'
export * from './shared.js'
export * from './start-support-plan-update.js'
