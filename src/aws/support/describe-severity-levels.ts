import * as t from 'io-ts'
import { openEnum } from '../../codec/open-enum.js'
import { CaseLanguage, SeverityCode } from './shared.js'

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
export const SeverityLevelName = /*#__PURE__*/ openEnum('SeverityLevelName', [
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
export const SeverityLevel = /*#__PURE__*/ t.partial({ code: SeverityCode, name: SeverityLevelName }, 'SeverityLevel')
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
export const DescribeSeverityLevelsRequest = /*#__PURE__*/ t.partial({ language: CaseLanguage }, 'DescribeSeverityLevelsRequest')
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
export const DescribeSeverityLevelsResponse = /*#__PURE__*/ t.partial(
  {
    severityLevels: /*#__PURE__*/ t.array(SeverityLevel),
  },
  'DescribeSeverityLevelsResponse',
)
/** The `responseElements` of a `DescribeSeverityLevels` record; see the codec of the same name. */
export type DescribeSeverityLevelsResponse = t.TypeOf<typeof DescribeSeverityLevelsResponse>
