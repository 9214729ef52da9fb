/**
 * A Zod v4 schema equivalent to the library's record codec, for the benchmark:
 * the same required fields, the same optional fields and their types, the same
 * `userIdentity` union (documented types by `type`, unrecognized types, no
 * type), the same eventTime check, and the Support and Trusted Advisor payloads
 * looked up by `(eventSource, eventName)`. Objects are `z.looseObject`, so
 * unknown keys are kept (lossless, like the codecs); Zod returns a copy of the
 * input where the codecs return the input itself.
 *
 * Insights events are not modelled (the generator emits none).
 */
import { z } from 'zod'
import { isIsoTimestamp } from '../src/index.js'
import { operationShapes } from './support-shapes.js'
import type { Shape } from './support-shapes.js'

const str = z.string().optional()

const IsoTimestamp = z.string().refine(isIsoTimestamp, { message: 'expected an ISO-8601 UTC timestamp' })
const StringBoolean = z.enum(['true', 'false'])

const SessionContext = z.looseObject({
  sessionIssuer: z
    .looseObject({ type: str, principalId: str, arn: str, accountId: str, userName: str })
    .optional(),
  webIdFederationData: z
    .looseObject({ federatedProvider: str, attributes: z.record(z.string(), z.string()).optional() })
    .optional(),
  attributes: z.looseObject({ creationDate: str, mfaAuthenticated: StringBoolean.optional() }).optional(),
  sourceIdentity: str,
  ec2RoleDelivery: str,
  ec2IssuedInVPC: str,
  assumedRoot: str,
  signInSessionArn: str,
})
const InScopeOf = z.looseObject({ sourceArn: str, sourceAccount: str, issuerType: str, credentialsIssuedTo: str })
const OnBehalfOf = z.looseObject({ userId: str, identityStoreArn: str })

const callerFields = {
  principalId: str,
  arn: str,
  accountId: str,
  accessKeyId: str,
  userName: str,
  invokedBy: str,
  invokedByDelegate: z.looseObject({ accountId: str }).optional(),
}
const sessionFields = { sessionContext: SessionContext.optional() }
const identityCenterFields = { onBehalfOf: OnBehalfOf.optional(), credentialId: str }

const KNOWN_TYPES = new Set([
  'Root', 'IAMUser', 'AssumedRole', 'Role', 'FederatedUser', 'AWSAccount', 'AWSService', 'SAMLUser',
  'WebIdentityUser', 'IdentityCenterUser', 'Directory', 'Unknown',
])

const KnownIdentity = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('Root'), ...callerFields, ...sessionFields }),
  z.looseObject({ type: z.literal('IAMUser'), ...callerFields, ...sessionFields }),
  z.looseObject({
    type: z.literal('AssumedRole'),
    ...callerFields,
    ...sessionFields,
    ...identityCenterFields,
    inScopeOf: InScopeOf.optional(),
  }),
  z.looseObject({ type: z.literal('Role'), ...callerFields, ...sessionFields }),
  z.looseObject({ type: z.literal('FederatedUser'), ...callerFields, ...sessionFields }),
  z.looseObject({ type: z.literal('AWSAccount'), ...callerFields }),
  z.looseObject({ type: z.literal('AWSService'), ...callerFields, inScopeOf: InScopeOf.optional() }),
  z.looseObject({ type: z.literal('SAMLUser'), ...callerFields, identityProvider: str }),
  z.looseObject({ type: z.literal('WebIdentityUser'), ...callerFields, identityProvider: str }),
  z.looseObject({ type: z.literal('IdentityCenterUser'), ...callerFields, ...identityCenterFields }),
  z.looseObject({ type: z.literal('Directory'), ...callerFields }),
  z.looseObject({
    type: z.literal('Unknown'),
    ...callerFields,
    ...sessionFields,
    ...identityCenterFields,
    identityProvider: str,
  }),
  // No `type` at all (AWS-internal service events): dispatched on `undefined`.
  z.looseObject({ type: z.undefined().optional(), ...callerFields, ...sessionFields, inScopeOf: InScopeOf.optional() }),
])

/** `userIdentity`: a documented type, an identity with no type, or a type this schema does not know. */
export const ZodUserIdentity = z.union([
  KnownIdentity,
  z.looseObject({ type: z.string().refine((type) => !KNOWN_TYPES.has(type), { message: 'a known type that did not match' }) }),
])

/** A CloudTrail activity record. */
export const ZodEventRecord = z.looseObject({
  eventVersion: z.string(),
  eventTime: IsoTimestamp,
  eventSource: z.string(),
  eventName: z.string(),
  userIdentity: ZodUserIdentity.nullable().optional(),
  awsRegion: str,
  sourceIPAddress: str,
  userAgent: str,
  errorCode: str,
  errorMessage: str,
  requestParameters: z.unknown().optional(),
  responseElements: z.unknown().optional(),
  additionalEventData: z.unknown().optional(),
  requestID: str,
  eventID: str,
  readOnly: z.boolean().optional(),
  resources: z
    .array(z.looseObject({ ARN: str, ARNPrefix: str, accountId: str, type: str }))
    .nullable()
    .optional(),
  eventType: str,
  apiVersion: str,
  managementEvent: z.boolean().optional(),
  recipientAccountId: str,
  serviceEventDetails: z.unknown().optional(),
  sharedEventID: str,
  vpcEndpointId: str,
  vpcEndpointAccountId: str,
  eventCategory: str,
  addendum: z
    .looseObject({ reason: z.string(), updatedFields: str, originalRequestID: str, originalEventID: str })
    .optional(),
  sessionCredentialFromConsole: z.union([z.literal('true'), z.literal('false'), z.boolean()]).optional(),
  edgeDeviceDetails: z
    .looseObject({ type: str, deviceID: str, deviceId: str, deviceFamily: str, snowJobId: str, attributes: z.unknown().optional() })
    .optional(),
  tlsDetails: z.looseObject({ tlsVersion: str, cipherSuite: str, clientProvidedHostHeader: str, keyExchange: str }).optional(),
  eventContext: z.unknown().optional(),
  annotation: str,
})

function toZod(shape: Shape): z.ZodType {
  if (shape === 'string') return z.string()
  if (shape === 'number') return z.number()
  if (shape === 'boolean') return z.boolean()
  if (Array.isArray(shape)) return z.array(toZod((shape as readonly [Shape])[0]))
  const members: Record<string, z.ZodType> = {}
  for (const [key, member] of Object.entries(shape as { readonly [key: string]: Shape })) {
    members[key] = toZod(member).optional()
  }
  return z.looseObject(members)
}

/** The payload schema of each typed operation, by `"<eventSource> <eventName>"`. */
export const zodOperationPayloads: ReadonlyMap<string, z.ZodType> = new Map(
  operationShapes.map((op) => [
    `${op.eventSource} ${op.eventName}`,
    z.looseObject({
      requestParameters: toZod(op.request).nullable().optional(),
      responseElements: toZod(op.response).nullable().optional(),
    }),
  ]),
)

/** What {@link zodParseRecord} returns. */
export type ZodOutcome = { readonly success: true; readonly data: unknown } | { readonly success: false; readonly error: z.ZodError }

/**
 * Validates one record as a Zod user would: the record schema, then the
 * operation's payload schema when `(eventSource, eventName)` is typed.
 *
 * @param raw - one parsed record
 * @returns Zod's result: a copy of the record, or the error
 */
export function zodParseRecord(raw: unknown): ZodOutcome {
  const result = ZodEventRecord.safeParse(raw)
  if (!result.success) return result
  const payload = zodOperationPayloads.get(`${result.data.eventSource} ${result.data.eventName}`)
  if (payload === undefined) return result
  const checked = payload.safeParse(raw)
  return checked.success ? result : { success: false, error: checked.error }
}
