import * as t from 'io-ts'
import { intersectionEncodedAsIs } from '../codec/encode-as-is.js'
import { nullable } from '../codec/nullable.js'
import { openEnum } from '../codec/open-enum.js'
import { nullableMembers } from '../identity/session-context.js'
import { UserIdentity } from '../identity/user-identity.js'

/**
 * `eventType`: what kind of event a record is. Open: a new value still decodes.
 *
 * @example
 * ```ts
 * EventType.isKnown('AwsApiCall')   // true
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 */
export const EventType = /*#__PURE__*/ openEnum('EventType', [
  'AwsApiCall',
  'AwsServiceEvent',
  'AwsConsoleAction',
  'AwsConsoleSignIn',
  'AwsCloudTrailInsight',
  'AwsVpceEvent',
] as const)
/** A record's `eventType`; see the codec of the same name. */
export type EventType = t.TypeOf<typeof EventType>
/**
 * The documented values of `eventType`, which {@link isKnownEventType} narrows to.
 *
 * @example
 * ```ts
 * const kind: KnownEventType = 'AwsApiCall'
 * ```
 */
export type KnownEventType = (typeof EventType.values)[number]

/**
 * Narrows an `eventType` to one of the documented values.
 *
 * @param value - a decoded eventType (`undefined` or `null` when the record has none)
 * @returns `true` for a documented eventType
 * @example
 * ```ts
 * isKnownEventType('AwsConsoleSignin')   // false: a spelling seen in real logs, kept but not known
 * ```
 */
export function isKnownEventType(value: string | null | undefined): value is KnownEventType {
  return typeof value === 'string' && EventType.isKnown(value)
}

/**
 * `eventCategory` (eventVersion 1.07 and later). Open: a new value still decodes.
 *
 * @example
 * ```ts
 * EventCategory.is('Management')   // true
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 */
export const EventCategory = /*#__PURE__*/ openEnum('EventCategory', ['Management', 'Data', 'NetworkActivity', 'Insight'] as const)
/** A record's `eventCategory`; see the codec of the same name. */
export type EventCategory = t.TypeOf<typeof EventCategory>
/**
 * The documented values of `eventCategory`, which {@link isKnownEventCategory} narrows to.
 *
 * @example
 * ```ts
 * const category: KnownEventCategory = 'Management'
 * ```
 */
export type KnownEventCategory = (typeof EventCategory.values)[number]

/**
 * Narrows an `eventCategory` to one of the documented values.
 *
 * @param value - a decoded eventCategory (`undefined` or `null` when the record has none)
 * @returns `true` for a documented eventCategory
 * @example
 * ```ts
 * isKnownEventCategory('Data')   // true
 * ```
 */
export function isKnownEventCategory(value: string | null | undefined): value is KnownEventCategory {
  return typeof value === 'string' && EventCategory.isKnown(value)
}

/**
 * One entry of `resources` (eventVersion 1.01 and later). Note the upper-case
 * `ARN`; S3 prefixes use `ARNPrefix`; every key is optional.
 *
 * @example
 * ```ts
 * Resource.is({ ARN: 'arn:aws:iam::111122223333:role/EC2-dev', accountId: '111122223333', type: 'AWS::IAM::Role' })
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 */
export const Resource = /*#__PURE__*/ t.partial(
  /*#__PURE__*/ nullableMembers({ ARN: t.string, ARNPrefix: t.string, accountId: t.string, type: t.string }),
  'Resource',
)
/** One entry of a record's `resources`. */
export type Resource = t.TypeOf<typeof Resource>

/**
 * `addendum.reason`: why a record was delivered late or re-emitted.
 *
 * @example
 * ```ts
 * AddendumReason.isKnown('UPDATED_DATA')   // true
 * ```
 */
export const AddendumReason = /*#__PURE__*/ openEnum('AddendumReason', ['DELIVERY_DELAY', 'UPDATED_DATA', 'SERVICE_OUTAGE'] as const)
/** The reason of an addendum. */
export type AddendumReason = t.TypeOf<typeof AddendumReason>

/**
 * `addendum` (eventVersion 1.08): a late or corrected delivery. An
 * `UPDATED_DATA` record supersedes the one named by `originalEventID`.
 *
 * @example
 * ```ts
 * Addendum.is({ reason: 'UPDATED_DATA', updatedFields: 'userIdentity', originalEventID: 'f1e2...' })
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 */
export const Addendum = /*#__PURE__*/ intersectionEncodedAsIs(
  /*#__PURE__*/ t.intersection(
    [
      /*#__PURE__*/ t.type({ reason: AddendumReason }),
      /*#__PURE__*/ t.partial(
        /*#__PURE__*/ nullableMembers({ updatedFields: t.string, originalRequestID: t.string, originalEventID: t.string }),
      ),
    ],
    'Addendum',
  ),
)
/** A record's `addendum`. */
export type Addendum = t.TypeOf<typeof Addendum>

/**
 * `tlsDetails` (eventVersion 1.08): the TLS session of the request. Any subset
 * of the keys may be present.
 *
 * @example
 * ```ts
 * TlsDetails.is({ tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256', clientProvidedHostHeader: 'iam.amazonaws.com' })
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 */
export const TlsDetails = /*#__PURE__*/ t.partial(
  /*#__PURE__*/ nullableMembers({ tlsVersion: t.string, cipherSuite: t.string, clientProvidedHostHeader: t.string, keyExchange: t.string }),
  'TlsDetails',
)
/** A record's `tlsDetails`. */
export type TlsDetails = t.TypeOf<typeof TlsDetails>

/**
 * `edgeDeviceDetails` (eventVersion 1.08): the Outposts or Snow device a
 * request targeted. Both `deviceID` and `deviceId` spellings occur.
 *
 * @example
 * ```ts
 * EdgeDeviceDetails.is({ type: 'outposts', deviceID: 'op-0123456789abcdef0' })
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 */
export const EdgeDeviceDetails = /*#__PURE__*/ t.partial(
  {
    .../*#__PURE__*/ nullableMembers({ type: t.string, deviceID: t.string, deviceId: t.string, deviceFamily: t.string, snowJobId: t.string }),
    attributes: t.unknown,
  },
  'EdgeDeviceDetails',
)
/** A record's `edgeDeviceDetails`. */
export type EdgeDeviceDetails = t.TypeOf<typeof EdgeDeviceDetails>

/**
 * `eventContext` (eventVersion 1.11): the context CloudTrail Lake adds to
 * *enriched* events of an event data store, never present in trail files,
 * Event history or EventBridge. Which keys `requestContext` and `tagContext`
 * hold depends on the data store's context key selectors, so their values are
 * kept as any JSON value.
 *
 * @example
 * ```ts
 * EventContext.is({ requestContext: { 'aws:SourceIp': '192.0.2.10' }, tagContext: { resourceTags: [] } })   // true
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 */
export const EventContext = /*#__PURE__*/ t.partial({ requestContext: t.unknown, tagContext: t.unknown }, 'EventContext')
/** A record's `eventContext`. */
export type EventContext = t.TypeOf<typeof EventContext>

/** `sessionCredentialFromConsole`: documented as the string `"true"`; some producers write a boolean. */
const SessionCredentialFromConsole = /*#__PURE__*/ t.union(
  [/*#__PURE__*/ t.literal('true'), /*#__PURE__*/ t.literal('false'), t.boolean],
  'SessionCredentialFromConsole',
)

/**
 * The members of {@link RecordFields} whose value has a shape, before `null`
 * is allowed; the stored form (`StoredEventRecord`) widens some of them.
 */
export const recordFieldMembers = {
  awsRegion: t.string,
  sourceIPAddress: t.string,
  userAgent: t.string,
  errorCode: t.string,
  errorMessage: t.string,
  requestID: t.string,
  eventID: t.string,
  readOnly: t.boolean,
  resources: /*#__PURE__*/ t.array(Resource),
  eventType: EventType,
  apiVersion: t.string,
  managementEvent: t.boolean,
  recipientAccountId: t.string,
  sharedEventID: t.string,
  vpcEndpointId: t.string,
  vpcEndpointAccountId: t.string,
  eventCategory: EventCategory,
  addendum: Addendum,
  sessionCredentialFromConsole: SessionCredentialFromConsole,
  edgeDeviceDetails: EdgeDeviceDetails,
  tlsDetails: TlsDetails,
  eventContext: EventContext,
  annotation: t.string,
}

/**
 * The payloads whose shape depends on the service: any JSON value, `null`
 * included; operation codecs type them.
 */
export const payloadMembers = {
  /**
   * The request's parameters, whose shape depends on the operation: `unknown`
   * on a generic record. To have them typed, narrow the record with its
   * service's guard, such as `support.operations.CreateCase.is(record)` or
   * `support.is(record) && record.eventName === 'CreateCase'` (from
   * `cloudtrail-codecs/aws/support`); comparing `eventSource` and `eventName`
   * by hand narrows nothing here.
   */
  requestParameters: t.unknown,
  /**
   * The response, whose shape depends on the operation (`null` for most
   * read-only calls): `unknown` on a generic record. To have it typed, narrow
   * the record with its service's guard, such as
   * `support.operations.CreateCase.is(record)`.
   */
  responseElements: t.unknown,
  /** Data about the request that is not a parameter (sign-in's `MFAUsed`, S3's `bytesTransferredIn`, ...): any JSON value. */
  additionalEventData: t.unknown,
  /** The payload of an `AwsServiceEvent`: any JSON value. */
  serviceEventDetails: t.unknown,
}

/**
 * The keys every record may carry, all optional: the fields of eventVersion
 * 1.0 to 1.11 other than the four that identify it. Each may also be `null`,
 * kept as it is: data lakes and SIEMs (Athena and Glue exports, Security Lake,
 * Panther, Splunk) write an absent optional member as `null`, and so do the
 * members of the objects inside (`tlsDetails`, `addendum`, `resources[]`, ...).
 * Payloads whose shape depends on the service (`requestParameters`,
 * `responseElements`, `additionalEventData`, `serviceEventDetails`) are any
 * JSON value here; operation codecs type them.
 *
 * @example
 * ```ts
 * RecordFields.is({ awsRegion: 'us-east-1', readOnly: true })    // true
 * RecordFields.is({ errorCode: null, tlsDetails: null })         // true: an absent member, as a data lake writes it
 * RecordFields.is({ readOnly: 'true' })                          // false: CloudTrail writes a boolean
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 */
export const RecordFields = /*#__PURE__*/ t.partial(
  { .../*#__PURE__*/ nullableMembers(recordFieldMembers), ...payloadMembers },
  'RecordFields',
)
/** The optional keys of every record. */
export type RecordFields = t.TypeOf<typeof RecordFields>

/** Keys shared by every record kind, optional: `userIdentity` is absent in Insights events and in some service events. */
export const IdentityField = /*#__PURE__*/ t.partial({ userIdentity: /*#__PURE__*/ nullable(UserIdentity) })

/**
 * What an Insights event has in place of the `eventSource` and `eventName` of
 * an activity record: nothing (or `null`, as data lakes write an absent
 * member). Declaring it lets `record.eventName` compile on a
 * `CloudTrailRecord` (a string, or nothing for an Insights event), and
 * `record.eventName === 'CreateCase'` narrow it to an `EventRecord`.
 */
export const NoApiFields = /*#__PURE__*/ t.partial({ eventSource: t.null, eventName: t.null })

/** The shape both kinds of Insights event (`InsightRecord`, `StoredInsightRecord`) have, which the record guards narrow by. */
export interface InsightShape {
  /** Always `AwsCloudTrailInsight`. */
  readonly eventType: 'AwsCloudTrailInsight'
}

/**
 * Whether a value is shaped as an Insights event: `eventType` is
 * `AwsCloudTrailInsight` and there is no top-level `eventName` or
 * `eventSource` (absent or `null`).
 *
 * @param u - any value
 * @returns `true` for an Insights event's shape
 */
export function isInsightShaped(u: unknown): boolean {
  if (typeof u !== 'object' || u === null) return false
  const { eventType, eventName, eventSource } = u as { eventType?: unknown; eventName?: unknown; eventSource?: unknown }
  return (
    eventType === 'AwsCloudTrailInsight' && (eventName === undefined || eventName === null) && (eventSource === undefined || eventSource === null)
  )
}
