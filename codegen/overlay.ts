// What a service's overlay (codegen/overlays/<name>.ts) may say: the rules of its own that the models do
// not give, each backed by a real record.
import type { ModelMember, ModelOperation } from './model.js'

/**
 * How a service's member keys are written in requestParameters and responseElements:
 * - `json`: the member name with its first letter lower-cased; members in the URI, query string or headers
 *   also under their locationName as it is (json, rest-json, smithy-rpc-v2-cbor, and rest-xml but S3).
 * - `query`: the member name with its first letter lower-cased; lists are arrays (query protocol).
 * - `ec2`: the member name, its locationName and queryName with the first letter lower-cased; lists are
 *   arrays or `{ items: [...] }` and also go under `<name>Set` keys, where lists of scalars hold
 *   `{ <itemName>: value }` items (`instancesSet: { items: [{ instanceId }] }`).
 * - `xml`: members in the URI, query string or headers under their locationName as it is (URI members also under
 *   the member name lower-cased: S3's `key`); body members under their XML name (locationName, else the member name) with the XML's
 *   own lists and maps kept as any value (S3: `VersioningConfiguration: { Status }`).
 * - `wire`: the names of the HTTP request as it is: members in the URI, query string or headers under their
 *   locationName, body members under their member name (or locationName), first letters as they are (services
 *   that log the request as it came: Security Hub, Pinpoint, Synthetics, ...).
 */
export type KeyStyle = 'json' | 'query' | 'ec2' | 'xml' | 'wire'

/**
 * The type of a key the model lacks, in a small language: a primitive of the table, a shape of the
 * model, a list (array, or EC2's array-or-items), a map, a structure of its own, the type of another
 * member of the same structure, an open enum (a string, typed as a union of the values AWS documents, named
 * `enum`, which the entry also exports as an open-enum codec of that name and an `isKnown<enum>` guard; a
 * value not listed still decodes), or a value CloudTrail may replace with
 * `HIDDEN_DUE_TO_SECURITY_REASONS` (`hidden`).
 */
export type Extra =
  | 's'
  | 'n'
  | 'N'
  | 'b'
  | 'B'
  | 't'
  | 'x'
  | 'd'
  | { readonly shape: string }
  | { readonly list: Extra }
  | { readonly itemSet: Extra }
  | { readonly map: Extra }
  | { readonly struct: string; readonly members: { readonly [key: string]: Extra } }
  | { readonly member: string }
  | { readonly enum: string; readonly values: readonly string[] }
  | { readonly hidden: Extra }

/** A real record that shows a rule of an overlay. */
export interface Evidence {
  /** A file of `../shared/corpus/records` (a record, a log file or another wrapper). */
  readonly record: string
  /** The eventName of the record in that file that shows the rule. */
  readonly eventName: string
  /** What the record shows. */
  readonly shows: string
}

/** The keys of a payload the model lacks: key to type. */
export interface ExtraKeys {
  readonly [key: string]: Extra
}

/**
 * An operation the model lacks, such as a console action CloudTrail logs under the service's eventSource: its
 * readOnly and the keys of its payloads (absent: any value, unchecked).
 */
export interface ExtraOperation {
  readonly readOnly: boolean
  /** The keys of its `requestParameters`, as a structure named `<eventName>Request`. */
  readonly request?: ExtraKeys
  /** The keys of its `responseElements`, as a structure named `<eventName>Response`. */
  readonly response?: ExtraKeys
  /** The keys of its `additionalEventData`, as a structure named `<eventName>AdditionalEventData` (absent: unchecked). */
  readonly additional?: ExtraKeys
}

/** The rules of one service that the models do not give. */
export interface Overlay {
  /** The records that back the rules (a test checks each one against the generated service). */
  readonly evidence: readonly Evidence[]
  /** The exported value, when not the entry name in camel case (`trustedAdvisor` for `trustedadvisor`). */
  readonly value?: string
  /** The prefix of the exported types, when not the entry name in Pascal case (`TrustedAdvisor`: `TrustedAdvisorEvent`). */
  readonly prefix?: string
  /** The service's title, when not the model's `serviceFullName`. */
  readonly title?: string
  /**
   * The TSDoc of the service's value, written in place of the generated one (what CloudTrail logs of it, an
   * example). Lines without the leading ` * `.
   */
  readonly summary?: string
  /** Operations the model lacks, by eventName (written after the model's, in this order). */
  readonly operations?: { readonly [eventName: string]: ExtraOperation }
  /**
   * The TSDoc of operations, by eventName (what the call does, how its readOnly was decided, a real record as
   * its `@example`), written above the operation in the operations interface in place of the generated line.
   * Lines without the leading ` * `.
   */
  readonly docs?: { readonly [eventName: string]: string }
  /**
   * The names of generated types where the model's shape name is not the one the service's entry has always
   * exported, by the model's shape name (`Category`: `CaseCategory`).
   */
  readonly typeNames?: { readonly [shapeName: string]: string }
  /** The TSDoc of generated types (structures and enums), by type name, in place of none. Lines without ` * `. */
  readonly typeDocs?: { readonly [typeName: string]: string }
  /** The name of a constant the entry exports holding the eventSource (`SUPPORT_EVENT_SOURCE`), if any. */
  readonly eventSourceConstant?: string
  /** The eventSource, when it is not the rule's (see event-source.ts). */
  readonly eventSource?: string
  /** How member keys are written, when not as the protocol's default. */
  readonly keyStyle?: KeyStyle
  /** `readOnly` of operations the rule (read-only.ts) gets wrong, by operation name. */
  readonly readOnly?: { readonly [operation: string]: boolean }
  /** Read-only operations whose records carry responseElements all the same: their responses are typed. */
  readonly readOnlyResponses?: readonly string[]
  /** Every eventName CloudTrail writes for an operation, when not only its name. */
  readonly eventNames?: (operation: ModelOperation) => readonly string[]
  /** Keys CloudTrail adds at the top of an operation's requestParameters. */
  readonly requestKeys?: (operation: ModelOperation) => { readonly [key: string]: Extra }
  /** Keys CloudTrail adds at the top of an operation's responseElements. */
  readonly responseKeys?: (operation: ModelOperation) => { readonly [key: string]: Extra }
  /**
   * The keys AWS documents in an operation's `additionalEventData` (data about the request that is not a parameter:
   * S3's `SignatureVersion`, `bytesTransferredIn`, ...), by operation. An operation with keys gets a typed
   * `additionalEventData`: a structure of these keys, each optional and nullable, other keys kept and unchecked
   * (every operation that returns the same keys shares one structure, named `AdditionalEventData`); an operation
   * with none (or a service without the rule) keeps it `unknown`, unchecked, and its table entry as it was.
   */
  readonly additionalEventData?: (operation: ModelOperation) => { readonly [key: string]: Extra }
  /**
   * More keys for a member, of the member's own type (aliases). With the `ec2` style, an alias ending in `Set`
   * of a list of scalars holds the `<name>Set` form (`{ items: [{ <itemName>: value }] }`).
   */
  readonly memberKeys?: (shape: string, member: string, definition: ModelMember) => readonly string[]
  /** Members whose values CloudTrail writes in another type than the model's, by shape and member name. */
  readonly memberTypes?: { readonly [shape: string]: { readonly [member: string]: Extra } }
  /** Keys CloudTrail writes in a structure besides its members' keys, by the structure's shape name. */
  readonly shapeKeys?: { readonly [shape: string]: { readonly [key: string]: Extra } }
}
