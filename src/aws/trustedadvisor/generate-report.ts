import * as t from 'io-ts'

/**
 * The report preference of a `GenerateReport` call: which accounts and organizational units the report
 * covers, its name, format (lower case here, such as `json`) and language. Shape from the one documented
 * CloudTrail sample.
 *
 * @example
 * ```ts
 * GenerateReportPreference.is({
 *   accounts: [], organizationalUnitIds: ['r-j134'],
 *   preferenceName: 'organizational-view-report', format: 'json', language: 'en',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const GenerateReportPreference = /*#__PURE__*/ t.partial(
  {
    accounts: /*#__PURE__*/ t.array(t.string),
    organizationalUnitIds: /*#__PURE__*/ t.array(t.string),
    preferenceName: t.string,
    format: t.string,
    language: t.string,
  },
  'GenerateReportPreference',
)
/** The report preference of a GenerateReport call; see the codec of the same name. */
export type GenerateReportPreference = t.TypeOf<typeof GenerateReportPreference>

/**
 * The `requestParameters` of the console action `GenerateReport`: whether to refresh the checks first,
 * whether to include suppressed resources, the language, the format (upper case here, such as `JSON`), the
 * report name and the {@link GenerateReportPreference}. No public API model exists: the shape comes from the
 * documented CloudTrail sample.
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * GenerateReportRequest.is({
 *   refresh: false, includeSuppressedResources: false, language: 'en', format: 'JSON',
 *   name: 'organizational-view-report',
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const GenerateReportRequest = /*#__PURE__*/ t.partial(
  {
    refresh: t.boolean,
    includeSuppressedResources: t.boolean,
    language: t.string,
    format: t.string,
    name: t.string,
    preference: GenerateReportPreference,
  },
  'GenerateReportRequest',
)
/** The `requestParameters` of a `GenerateReport` record; see the codec of the same name. */
export type GenerateReportRequest = t.TypeOf<typeof GenerateReportRequest>

/**
 * The `responseElements` of the console action `GenerateReport`: the `status` of the report run (the
 * documented sample shows `ENQUEUED`; no list of values is published, so any string decodes).
 *
 * Every member is optional (CloudTrail may leave members out, and a failed call may record only some), and
 * keys not named here pass through untouched.
 *
 * @example
 * ```ts
 * GenerateReportResponse.is({ status: 'ENQUEUED' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/user/logging-using-cloudtrail-for-aws-trusted-advisor.html
 */
export const GenerateReportResponse = /*#__PURE__*/ t.partial({ status: t.string }, 'GenerateReportResponse')
/** The `responseElements` of a `GenerateReport` record; see the codec of the same name. */
export type GenerateReportResponse = t.TypeOf<typeof GenerateReportResponse>
