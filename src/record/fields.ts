import * as t from 'io-ts'
import { intersectionEncodedAsIs } from '../codec/encode-as-is.js'
import { nullable } from '../codec/nullable.js'
import { openEnum } from '../codec/open-enum.js'

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
 * @param value - a decoded eventType (`undefined` when the record has none)
 * @returns `true` for a documented eventType
 * @example
 * ```ts
 * isKnownEventType('AwsConsoleSignin')   // false: a spelling seen in real logs, kept but not known
 * ```
 */
export function isKnownEventType(value: string | undefined): value is KnownEventType {
  return value !== undefined && EventType.isKnown(value)
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
 * @param value - a decoded eventCategory (`undefined` when the record has none)
 * @returns `true` for a documented eventCategory
 * @example
 * ```ts
 * isKnownEventCategory('Data')   // true
 * ```
 */
export function isKnownEventCategory(value: string | undefined): value is KnownEventCategory {
  return value !== undefined && EventCategory.isKnown(value)
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
  { ARN: t.string, ARNPrefix: t.string, accountId: t.string, type: t.string },
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
      /*#__PURE__*/ t.partial({ updatedFields: t.string, originalRequestID: t.string, originalEventID: t.string }),
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
  { tlsVersion: t.string, cipherSuite: t.string, clientProvidedHostHeader: t.string, keyExchange: t.string },
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
    type: t.string,
    deviceID: t.string,
    deviceId: t.string,
    deviceFamily: t.string,
    snowJobId: t.string,
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
 * The keys every record may carry, all optional: the fields of eventVersion
 * 1.0 to 1.11 other than the four that identify it. Payloads whose shape
 * depends on the service (`requestParameters`, `responseElements`,
 * `additionalEventData`, `serviceEventDetails`) are any JSON value here
 * (`null` included); operation codecs type them.
 *
 * @example
 * ```ts
 * RecordFields.is({ awsRegion: 'us-east-1', readOnly: true })   // true
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 */
export const RecordFields = /*#__PURE__*/ t.partial(
  {
    awsRegion: t.string,
    sourceIPAddress: t.string,
    userAgent: t.string,
    errorCode: t.string,
    errorMessage: t.string,
    requestParameters: t.unknown,
    responseElements: t.unknown,
    additionalEventData: t.unknown,
    requestID: t.string,
    eventID: t.string,
    readOnly: t.boolean,
    resources: /*#__PURE__*/ nullable(/*#__PURE__*/ t.array(Resource)),
    eventType: EventType,
    apiVersion: t.string,
    managementEvent: t.boolean,
    recipientAccountId: t.string,
    serviceEventDetails: t.unknown,
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
  },
  'RecordFields',
)
/** The optional keys of every record. */
export type RecordFields = t.TypeOf<typeof RecordFields>
