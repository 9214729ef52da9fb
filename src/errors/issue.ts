/**
 * What kind of problem a {@link ParseIssue} reports.
 *
 * - `json`: the text is not JSON (or has trailing garbage); `position` says where.
 * - `input`: the input is not something records can be read from (a number, `null`, `{"Records": 5}`).
 * - `digest`: a CloudTrail digest file, which lists log files and holds no records.
 * - `record`: one record does not match the CloudTrail record format.
 * - `operation`: a record of a known operation whose `requestParameters` or
 *   `responseElements` do not match that operation's codec (AWS changed the shape).
 * - `encoding`: bytes that are not valid UTF-8, or a payload that cannot be decoded.
 * - `limit`: a size limit was reached (decompressed size, record size).
 *
 * @example
 * ```ts
 * const fatal = issues.filter((issue) => issue.kind === 'json' || issue.kind === 'input')
 * ```
 */
export type IssueKind = 'json' | 'input' | 'digest' | 'record' | 'operation' | 'encoding' | 'limit'

/**
 * One mismatch between a value and a codec: where, what was expected, what was found.
 *
 * @example
 * ```ts
 * const problem: Problem = { path: '$.readOnly', expected: 'boolean', found: '"true" (string)' }
 * ```
 */
export interface Problem {
  /** JSON path inside the record (or the input), from `$`, such as `$.userIdentity.sessionContext.attributes.mfaAuthenticated`. */
  readonly path: string
  /** What the codec expected there, such as `IsoTimestamp` or `"true" | "false"`. */
  readonly expected: string
  /** A bounded excerpt of what was there, with its JSON kind, such as `true (boolean)`. */
  readonly found: string
}

/**
 * Something `parseRecords` could not turn into a record. It never throws: every
 * problem is one of these, with a readable `message`.
 *
 * An issue about one record has the record's `index` (its position among the
 * records of the input, counting good and bad ones) and keeps the `raw` record
 * as it came, so nothing is lost. An issue about the whole input (malformed
 * JSON, a digest file) has no index.
 *
 * @example
 * ```ts
 * const { issues } = parseRecords('{"Records":[{"eventVersion":"1.08"}]}')
 * issues[0]?.message
 * // 'record 0 at $.Records[0]: $.eventTime: expected IsoTimestamp, found nothing (missing); ...'
 * ```
 */
export interface ParseIssue extends Problem {
  /** What kind of problem this is. */
  readonly kind: IssueKind
  /** One readable sentence: index, location, path, expected and found. */
  readonly message: string
  /** The record's position among the input's records; absent for issues about the whole input. */
  readonly index?: number
  /** Where the record or problem sits in the input, such as `$.Records[3]`, `line 7` or `$.Events[0].CloudTrailEvent`. */
  readonly location?: string
  /** Character offset in the text, for `json` issues. */
  readonly position?: number
  /** Every mismatch found in the record (the first one is repeated in `path`, `expected` and `found`); at most 20. */
  readonly problems: ReadonlyArray<Problem>
  /** The record exactly as it came (for issues about one record), so nothing is lost. */
  readonly raw?: unknown
}
