import * as t from 'io-ts'
import { describeValue } from '../errors/excerpt.js'
import { appendPath } from '../errors/report.js'
import { hasOwn, mismatch } from './source.js'
import type { Source } from './source.js'

/**
 * A CloudTrail Lake `GetQueryResults` response. Each row is an array of
 * single-key objects; select the `eventjson` column to get the original
 * record as a JSON string (the other columns are flattened text).
 *
 * @example
 * ```ts
 * LakeQueryResults.is({ QueryStatus: 'FINISHED', QueryResultRows: [[{ eventjson: '{"eventVersion":"1.09", ...}' }]] })   // true
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetQueryResults.html
 */
export const LakeQueryResults = /*#__PURE__*/ t.intersection(
  [
    /*#__PURE__*/ t.type({ QueryResultRows: /*#__PURE__*/ t.array(/*#__PURE__*/ t.array(/*#__PURE__*/ t.record(t.string, t.string))) }),
    /*#__PURE__*/ t.partial({ QueryStatus: t.string, NextToken: t.string, ErrorMessage: t.string, QueryStatistics: t.unknown }),
  ],
  'LakeQueryResults',
)
/** A CloudTrail Lake query result. */
export type LakeQueryResults = t.TypeOf<typeof LakeQueryResults>

/**
 * A page of CloudTrail Lake query results (`GetQueryResults`). Each row is
 * an array of single-key cells; the `eventjson` column holds the original
 * record as JSON text, unwrapped at `$.QueryResultRows[i].eventjson` (the
 * other columns are flattened text). Recognised by a `QueryResultRows`
 * array; its codec is {@link LakeQueryResults}. A row without an
 * `eventjson` cell is an issue for that row, with the row in `raw`.
 *
 * @example
 * ```ts
 * const page = {
 *   QueryStatus: 'FINISHED',
 *   QueryStatistics: { ResultsCount: 1, TotalResultsCount: 1, BytesScanned: 1024 },
 *   QueryResultRows: [[
 *     { eventid: '0b1ea4f0-8fd4-4a0d-9a4c-7b5f1EXAMPLE' },
 *     { eventjson: JSON.stringify({
 *       eventVersion: '1.09', eventTime: '2024-03-01T10:00:00Z', eventSource: 'support.amazonaws.com', eventName: 'DescribeCases',
 *       awsRegion: 'us-east-1', sourceIPAddress: '198.51.100.15', userAgent: 'console.amazonaws.com',
 *       eventID: '0b1ea4f0-8fd4-4a0d-9a4c-7b5f1EXAMPLE', readOnly: true, eventType: 'AwsApiCall', recipientAccountId: '111122223333',
 *     }) },
 *   ]],
 * }
 * parseRecords(page, { source: 'lakeQueryResults' }).records.length   // 1, from $.QueryResultRows[0].eventjson
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetQueryResults.html
 */
export const lakeQueryResults: Source<'lakeQueryResults'> = {
  name: 'lakeQueryResults',
  detect: (o) => Array.isArray(o['QueryResultRows']),
  *unwrap(o, location, nested) {
    const problem = mismatch(LakeQueryResults, o, location)
    if (problem !== undefined) {
      yield problem
      return
    }
    const rows = o['QueryResultRows'] as ReadonlyArray<ReadonlyArray<Record<string, string>>>
    for (let i = 0; i < rows.length; i++) {
      const at = appendPath(appendPath(location, 'QueryResultRows'), i)
      // Lake returns column names in lower case; a query may still spell the column eventJson.
      const column = rows[i]?.flatMap((c) => Object.keys(c)).find((key) => key.toLowerCase() === 'eventjson')
      const cell = column === undefined ? undefined : rows[i]?.find((c) => hasOwn(c, column))
      if (cell === undefined || column === undefined) {
        yield {
          kind: 'issue',
          perRecord: true,
          issue: {
            kind: 'input',
            problems: [{ path: '$', expected: 'an eventjson column', found: describeValue(rows[i]) }],
            detail: 'a CloudTrail Lake row without an eventjson column: select eventjson to get the original record',
            location: at,
            raw: rows[i],
          },
        }
      } else yield* nested.text(cell[column] as string, `${at}.${column}`)
    }
  },
}
