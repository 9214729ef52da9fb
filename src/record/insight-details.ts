import * as t from 'io-ts'
import { openEnum } from '../codec/open-enum.js'

const Average = t.partial({ average: t.number }, 'Average')

const Attribution = t.partial(
  {
    attribute: t.string,
    insight: t.array(t.partial({ value: t.string, average: t.number })),
    baseline: t.array(t.partial({ value: t.string, average: t.number })),
  },
  'InsightAttribution',
)

/**
 * `insightDetails.insightType`. Open: a new value still decodes.
 *
 * @example
 * ```ts
 * InsightType.isKnown('ApiCallRateInsight')   // true
 * ```
 */
export const InsightType = openEnum('InsightType', ['ApiCallRateInsight', 'ApiErrorRateInsight'] as const)
/** The type of an Insights event. */
export type InsightType = t.TypeOf<typeof InsightType>

/**
 * `insightDetails` of an Insights event (eventVersion 1.07 and later): which
 * API showed unusual activity, when it started or ended, and the statistics.
 *
 * @example
 * ```ts
 * InsightDetails.is({
 *   state: 'Start', eventSource: 'ec2.amazonaws.com', eventName: 'DescribeRegions',
 *   insightType: 'ApiErrorRateInsight', errorCode: 'Client.RequestLimitExceeded',
 *   insightContext: { statistics: { baseline: { average: 154.06 }, insight: { average: 3574.59 } } },
 * })
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-insight-details.html
 */
export const InsightDetails = t.partial(
  {
    state: openEnum('InsightState', ['Start', 'End'] as const),
    eventSource: t.string,
    eventName: t.string,
    insightType: InsightType,
    errorCode: t.string,
    insightContext: t.partial({
      statistics: t.partial({
        baseline: Average,
        insight: Average,
        insightDuration: t.number,
        baselineDuration: t.number,
      }),
      attributions: t.array(Attribution),
    }),
  },
  'InsightDetails',
)
/** The `insightDetails` of an Insights event. */
export type InsightDetails = t.TypeOf<typeof InsightDetails>
