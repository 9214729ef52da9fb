/**
 * A JSON Schema (draft-07) equivalent to the library's record codec, compiled
 * once with Ajv, for the benchmark: the same required and optional fields and
 * types, the same `userIdentity` union (an if/then/else chain on `type`: each
 * documented type is checked with its own properties, unrecognized types pass
 * with only `type` checked, an identity without `type` is the untyped shape),
 * the same eventTime check (as a custom format), and the Support and Trusted
 * Advisor payloads, each compiled to its own validator and looked up by
 * `(eventSource, eventName)`. No `additionalProperties: false`: unknown keys
 * are allowed and, as Ajv never copies, kept.
 *
 * Insights events are not modelled (the generator emits none).
 */
import { Ajv } from 'ajv'
import type { ErrorObject, ValidateFunction } from 'ajv'
import { isIsoTimestamp } from '../src/index.js'
import { operationShapes } from './support-shapes.js'
import type { Shape } from './support-shapes.js'

type Schema = Record<string, unknown>

const str: Schema = { type: 'string' }
const bool: Schema = { type: 'boolean' }

const sessionContext: Schema = {
  type: 'object',
  properties: {
    sessionIssuer: {
      type: 'object',
      properties: { type: str, principalId: str, arn: str, accountId: str, userName: str },
    },
    webIdFederationData: {
      type: 'object',
      properties: { federatedProvider: str, attributes: { type: 'object', additionalProperties: str } },
    },
    attributes: {
      type: 'object',
      properties: { creationDate: str, mfaAuthenticated: { enum: ['true', 'false'] } },
    },
    sourceIdentity: str,
    ec2RoleDelivery: str,
    ec2IssuedInVPC: str,
    assumedRoot: str,
    signInSessionArn: str,
  },
}
const inScopeOf: Schema = {
  type: 'object',
  properties: { sourceArn: str, sourceAccount: str, issuerType: str, credentialsIssuedTo: str },
}
const callerFields: Schema = {
  principalId: str,
  arn: str,
  accountId: str,
  accessKeyId: str,
  userName: str,
  invokedBy: str,
  invokedByDelegate: { type: 'object', properties: { accountId: str } },
}
const sessionFields: Schema = { sessionContext }
const identityCenterFields: Schema = {
  onBehalfOf: { type: 'object', properties: { userId: str, identityStoreArn: str } },
  credentialId: str,
}

/** Each documented identity type and its properties, most frequent first (the chain stops at the first match). */
const identityVariants: ReadonlyArray<readonly [string, Schema]> = [
  ['AssumedRole', { ...callerFields, ...sessionFields, ...identityCenterFields, inScopeOf }],
  ['IAMUser', { ...callerFields, ...sessionFields }],
  ['AWSService', { ...callerFields, inScopeOf }],
  ['IdentityCenterUser', { ...callerFields, ...identityCenterFields }],
  ['AWSAccount', callerFields],
  ['Unknown', { ...callerFields, ...sessionFields, ...identityCenterFields, identityProvider: str }],
  ['Root', { ...callerFields, ...sessionFields }],
  ['FederatedUser', { ...callerFields, ...sessionFields }],
  ['WebIdentityUser', { ...callerFields, identityProvider: str }],
  ['SAMLUser', { ...callerFields, identityProvider: str }],
  ['Role', { ...callerFields, ...sessionFields }],
  ['Directory', callerFields],
]

function identityChain(index: number): Schema | boolean {
  const variant = identityVariants[index]
  if (variant === undefined) return true
  const [type, properties] = variant
  return {
    if: { properties: { type: { const: type } } },
    then: { properties },
    else: identityChain(index + 1),
  }
}

const userIdentity: Schema = {
  type: ['object', 'null'],
  if: { type: 'object', required: ['type'] },
  then: { properties: { type: str }, ...(identityChain(0) as Schema) },
  // No `type` (or null): the untyped shape; `properties` ignores null.
  else: { properties: { ...callerFields, ...sessionFields, inScopeOf } },
}

/** The JSON Schema of a CloudTrail activity record. */
export const eventRecordSchema: Schema = {
  type: 'object',
  required: ['eventVersion', 'eventTime', 'eventSource', 'eventName'],
  properties: {
    eventVersion: str,
    eventTime: { type: 'string', format: 'iso-utc-timestamp' },
    eventSource: str,
    eventName: str,
    userIdentity,
    awsRegion: str,
    sourceIPAddress: str,
    userAgent: str,
    errorCode: str,
    errorMessage: str,
    requestID: str,
    eventID: str,
    readOnly: bool,
    resources: {
      type: ['array', 'null'],
      items: { type: 'object', properties: { ARN: str, ARNPrefix: str, accountId: str, type: str } },
    },
    eventType: str,
    apiVersion: str,
    managementEvent: bool,
    recipientAccountId: str,
    sharedEventID: str,
    vpcEndpointId: str,
    vpcEndpointAccountId: str,
    eventCategory: str,
    addendum: {
      type: 'object',
      required: ['reason'],
      properties: { reason: str, updatedFields: str, originalRequestID: str, originalEventID: str },
    },
    sessionCredentialFromConsole: { enum: ['true', 'false', true, false] },
    edgeDeviceDetails: {
      type: 'object',
      properties: { type: str, deviceID: str, deviceId: str, deviceFamily: str, snowJobId: str },
    },
    tlsDetails: {
      type: 'object',
      properties: { tlsVersion: str, cipherSuite: str, clientProvidedHostHeader: str, keyExchange: str },
    },
    annotation: str,
  },
}

function toJsonSchema(shape: Shape): Schema {
  if (shape === 'string' || shape === 'number' || shape === 'boolean') return { type: shape }
  if (Array.isArray(shape)) return { type: 'array', items: toJsonSchema((shape as readonly [Shape])[0]) }
  const properties: Record<string, Schema> = {}
  for (const [key, member] of Object.entries(shape as { readonly [key: string]: Shape })) {
    properties[key] = toJsonSchema(member)
  }
  return { type: 'object', properties }
}

function nullableSchema(schema: Schema): Schema {
  const type = schema['type']
  return { ...schema, type: [type, 'null'] }
}

/** The Ajv instance, with the eventTime format the codecs use. */
export const ajv = new Ajv({ allErrors: false, strict: true, strictRequired: false, strictTypes: false, allowUnionTypes: true })
ajv.addFormat('iso-utc-timestamp', { type: 'string', validate: isIsoTimestamp })

/** The compiled record validator. */
export const validateEventRecord: ValidateFunction = ajv.compile(eventRecordSchema)

/** The compiled payload validator of each typed operation, by `"<eventSource> <eventName>"`. */
export const ajvOperationPayloads: ReadonlyMap<string, ValidateFunction> = new Map(
  operationShapes.map((op) => [
    `${op.eventSource} ${op.eventName}`,
    ajv.compile({
      type: 'object',
      properties: {
        requestParameters: nullableSchema(toJsonSchema(op.request)),
        responseElements: nullableSchema(toJsonSchema(op.response)),
      },
    }),
  ]),
)

/** What {@link ajvValidateRecord} returns: `true`, or Ajv's errors. */
export type AjvOutcome = true | ReadonlyArray<ErrorObject>

/**
 * Validates one record as an Ajv user would: the record validator, then the
 * operation's payload validator when `(eventSource, eventName)` is typed.
 *
 * @param raw - one parsed record
 * @returns `true`, or the errors of the validator that failed
 */
export function ajvValidateRecord(raw: unknown): AjvOutcome {
  if (!validateEventRecord(raw)) return validateEventRecord.errors ?? []
  const record = raw as { eventSource: string; eventName: string }
  const payload = ajvOperationPayloads.get(`${record.eventSource} ${record.eventName}`)
  if (payload === undefined || payload(raw)) return true
  return payload.errors ?? []
}
