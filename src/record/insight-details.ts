import * as t from 'io-ts'
import { openEnum } from '../codec/open-enum.js'
import { nullableMembers } from '../identity/session-context.js'

const Average = /*#__PURE__*/ t.partial(/*#__PURE__*/ nullableMembers({ average: t.number }), 'Average')

const AttributionValue = /*#__PURE__*/ t.partial(/*#__PURE__*/ nullableMembers({ value: t.string, average: t.number }))

const Attribution = /*#__PURE__*/ t.partial(
  /*#__PURE__*/ nullableMembers({
    attribute: t.string,
    insight: /*#__PURE__*/ t.array(AttributionValue),
    baseline: /*#__PURE__*/ t.array(AttributionValue),
  }),
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
export const InsightType = /*#__PURE__*/ openEnum('InsightType', ['ApiCallRateInsight', 'ApiErrorRateInsight'] as const)
/** The type of an Insights event. */
export type InsightType = t.TypeOf<typeof InsightType>

/**
 * `insightDetails` of an Insights event (eventVersion 1.07 and later): which
 * API showed unusual activity, when it started or ended, and the statistics.
 * Every member may be `null`, as data lakes write an absent member.
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
export const InsightDetails = /*#__PURE__*/ t.partial(
  /*#__PURE__*/ nullableMembers({
    state: /*#__PURE__*/ openEnum('InsightState', ['Start', 'End'] as const),
    eventSource: t.string,
    eventName: t.string,
    insightType: InsightType,
    errorCode: t.string,
    insightContext: /*#__PURE__*/ t.partial(
      /*#__PURE__*/ nullableMembers({
        statistics: /*#__PURE__*/ t.partial(
          /*#__PURE__*/ nullableMembers({ baseline: Average, insight: Average, insightDuration: t.number, baselineDuration: t.number }),
        ),
        attributions: /*#__PURE__*/ t.array(Attribution),
      }),
    ),
  }),
  'InsightDetails',
)
/** The `insightDetails` of an Insights event. */
export type InsightDetails = t.TypeOf<typeof InsightDetails>
