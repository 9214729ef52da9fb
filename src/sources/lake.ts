import * as t from 'io-ts'

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
export const LakeQueryResults = t.intersection(
  [
    t.type({ QueryResultRows: t.array(t.array(t.record(t.string, t.string))) }),
    t.partial({ QueryStatus: t.string, NextToken: t.string, ErrorMessage: t.string, QueryStatistics: t.unknown }),
  ],
  'LakeQueryResults',
)
/** A CloudTrail Lake query result. */
export type LakeQueryResults = t.TypeOf<typeof LakeQueryResults>
