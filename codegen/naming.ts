// Names: the entry point of a service (the AWS SDK for JavaScript v3 client name), its exported value and
// type prefix, and the identifiers and property keys of the generated code.

/**
 * Model files that are not generated, with the reason. Every other model becomes `src/aws/<name>`.
 */
export const SKIPPED_MODELS: { readonly [file: string]: string } = {
  'sms-voice':
    'the same model as pinpoint-sms-voice (botocore keeps both folders; identical metadata, operations and shapes): the SDK has one client, @aws-sdk/client-pinpoint-sms-voice',
}

/** Folders of src/aws/ that are written by hand: the generator never writes or removes them. */
export const HAND_WRITTEN: readonly string[] = [
  'supportplans',
  'support-subscription',
]

/**
 * Where the SDK's client name is not `serviceId` lower-cased with spaces as `-`. None is known: the rule gives
 * the published @aws-sdk/client-* name for every model checked against the npm registry's list (374 of
 * them, among which `acm-pca`, `cloudwatch-logs`, `elastic-load-balancing-v2`, `sfn`, `route-53`,
 * `api-gateway`, `apigatewayv2`, `iot-data-plane`, `marketplace-entitlement-service`, `pinpoint-sms-voice-v2`).
 * Add `{ serviceId: 'name' }` here if a model's serviceId ever stops giving its client's name.
 */
const CLIENT_NAME_EXCEPTIONS: { readonly [serviceId: string]: string } = {}

/**
 * The entry point's name of a model: its AWS SDK for JavaScript v3 client name.
 *
 * @param serviceId - the model's `metadata.serviceId`, such as `ACM PCA`
 * @returns the name, such as `acm-pca`
 */
export function clientName(serviceId: string): string {
  return CLIENT_NAME_EXCEPTIONS[serviceId] ?? serviceId.toLowerCase().replace(/ /g, '-')
}

const RESERVED_WORDS = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'implements interface let package private protected public static yield await async of type declare namespace ' +
    'module abstract as asserts any unknown never object string number boolean symbol bigint undefined is keyof ' +
    'readonly unique infer global require satisfies accessor out'
  ).split(' '),
)

/**
 * Type names a generated interface or type alias must not take: TypeScript's primitive and reserved type
 * names (an error) and the global types a reader would take them for (legal in a module, but confusing).
 */
const RESERVED_TYPE_NAMES = new Set([
  ...RESERVED_WORDS,
  'Array',
  'ReadonlyArray',
  'Object',
  'String',
  'Number',
  'Boolean',
  'Symbol',
  'BigInt',
  'Function',
  'Date',
  'Error',
  'RegExp',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'Promise',
  'PromiseLike',
  'Record',
  'Partial',
  'Required',
  'Readonly',
  'Pick',
  'Omit',
  'Exclude',
  'Extract',
  'NonNullable',
  'ReturnType',
  'Parameters',
  'InstanceType',
  'Awaited',
  'JSON',
  'Math',
  'Uint8Array',
  'ArrayBuffer',
  'Iterable',
  'Iterator',
])

/**
 * Whether a TypeScript type alias or interface may be named so (global types and reserved words may not).
 *
 * @param name - the candidate
 * @returns `true` if the name is free to use
 */
export function isFreeTypeName(name: string): boolean {
  return isIdentifier(name) && !RESERVED_TYPE_NAMES.has(name)
}

/**
 * Whether a string is a plain identifier (ASCII letters, digits, `_`, `$`, not starting with a digit, not a
 * reserved word).
 *
 * @param name - the candidate
 * @returns `true` if it is one
 */
export function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) && !RESERVED_WORDS.has(name)
}

/**
 * The camelCase value name of an entry: `elastic-load-balancing-v2` -> `elasticLoadBalancingV2`, `route-53` ->
 * `route53`, `ec2` -> `ec2`.
 *
 * @param name - the entry name
 * @returns the value name
 */
export function camelCase(name: string): string {
  const [first = '', ...rest] = name.split('-')
  const camel = first + rest.map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('')
  return isIdentifier(camel) ? camel : `${camel}Service`
}

/**
 * The PascalCase type prefix of an entry: `ec2` -> `Ec2`, `cloudwatch-logs` -> `CloudwatchLogs`.
 *
 * @param name - the entry name
 * @returns the prefix
 */
export function pascalCase(name: string): string {
  const camel = camelCase(name)
  return camel.charAt(0).toUpperCase() + camel.slice(1)
}

/**
 * The first letter lower-cased: `DBInstanceIdentifier` -> `dBInstanceIdentifier`, as CloudTrail writes
 * member names.
 *
 * @param name - a member name
 * @returns the key
 */
export function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1)
}

/**
 * A TypeScript string literal in single quotes.
 *
 * @param value - the string
 * @returns its literal
 */
export function literal(value: string): string {
  return `'${JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`
}

/**
 * A property key as written in an interface or object literal: bare when it may be, else quoted.
 *
 * @param key - the key
 * @returns the key's source text
 */
export function propertyKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : literal(key)
}
