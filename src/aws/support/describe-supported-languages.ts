import * as t from 'io-ts'
import { IssueType } from './shared.js'

/**
 * A language a case may use: ISO 639-1 `code`, `language` and `display` name.
 *
 * @example
 * ```ts
 * SupportedLanguage.is({ code: 'en', language: 'ENGLISH', display: 'ENGLISH' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_SupportedLanguage.html
 */
export const SupportedLanguage = /*#__PURE__*/ t.partial({ code: t.string, language: t.string, display: t.string }, 'SupportedLanguage')
/** A language a case may use; see the codec of the same name. */
export type SupportedLanguage = t.TypeOf<typeof SupportedLanguage>

/**
 * The `requestParameters` of a `DescribeSupportedLanguages` record: the issue type and the service and
 * category codes.
 *
 * Every member is optional: CloudTrail may leave inputs out (it drops
 * free-text inputs), and a failed call may record only some of them.
 *
 * @example
 * ```ts
 * DescribeSupportedLanguagesRequest.is({ issueType: 'technical', serviceCode: 'amazon-elastic-compute-cloud-linux', categoryCode: 'instance-issue' })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeSupportedLanguages.html
 */
export const DescribeSupportedLanguagesRequest = /*#__PURE__*/ t.partial(
  {
    issueType: IssueType,
    serviceCode: t.string,
    categoryCode: t.string,
  },
  'DescribeSupportedLanguagesRequest',
)
/** The `requestParameters` of a `DescribeSupportedLanguages` record; see the codec of the same name. */
export type DescribeSupportedLanguagesRequest = t.TypeOf<typeof DescribeSupportedLanguagesRequest>

/**
 * The `responseElements` of a `DescribeSupportedLanguages` record: the supported languages: ISO
 * 639-1 code, language and display name.
 *
 * @example
 * ```ts
 * DescribeSupportedLanguagesResponse.is({
 *   supportedLanguages: [
 *     { code: 'en', language: 'ENGLISH', display: 'ENGLISH' },
 *     { code: 'ja', language: 'JAPANESE', display: 'JAPANESE' },
 *   ],
 * })   // true
 * ```
 * @see https://docs.aws.amazon.com/awssupport/latest/APIReference/API_DescribeSupportedLanguages.html
 */
export const DescribeSupportedLanguagesResponse = /*#__PURE__*/ t.partial(
  {
    supportedLanguages: /*#__PURE__*/ t.array(SupportedLanguage),
  },
  'DescribeSupportedLanguagesResponse',
)
/** The `responseElements` of a `DescribeSupportedLanguages` record; see the codec of the same name. */
export type DescribeSupportedLanguagesResponse = t.TypeOf<typeof DescribeSupportedLanguagesResponse>
