/**
 * A reference to a shape of a {@link ModelTable}: its index in
 * `ModelTable.shapes`.
 *
 * @example
 * ```ts
 * const shapes: ReadonlyArray<ModelShape> = ['s', ['L', 0]]
 * const listOfStrings: ShapeRef = 1   // shapes[1], a list of shapes[0]
 * ```
 */
export type ShapeRef = number

/**
 * One shape of a {@link ModelTable}, as the generator writes it from an AWS
 * API model, read as CloudTrail writes values (not as the SDK sends them):
 *
 * | shape | accepts | TypeScript type |
 * | --- | --- | --- |
 * | `'s'` | a string (enumerations are open: any string) | `string` |
 * | `'n'` | a number (JSON protocols) | `number` |
 * | `'N'` | a number or a string (query and EC2 protocols; members read from a URI, a query string or a header) | `number \| string` |
 * | `'b'` | a boolean | `boolean` |
 * | `'B'` | a boolean, or the string `"true"` or `"false"` | `boolean \| 'true' \| 'false'` |
 * | `'t'` | a timestamp: a string (ISO, or such as `"Mar 2, 2024 1:02:03 PM"`) or a number (epoch) | `string \| number` |
 * | `'x'` | a blob: a string | `string` |
 * | `'d'` | a document: any JSON value | `unknown` |
 * | `['S', name, key, ref, key, ref, ...]` | a structure named `name`: a JSON object (not `null`, not an array) whose members `key` hold `shapes[ref]`; every member is optional and may be `null`, keys the table does not name are kept and never checked | an interface of optional members |
 * | `['L', ref]` | a list: an array of `shapes[ref]`, whose items may be `null` | `(T \| null)[]` |
 * | `['I', ref]` | a list as EC2 writes it: such an array, or an object `{ items?: array \| null }` (its other keys kept) | `(T \| null)[] \| ItemSet<T>` |
 * | `['M', ref]` | a map: an object whose every value is `shapes[ref]` or `null` | `{ [key: string]: T \| null }` |
 * | `['H', ref]` | a sensitive value: `shapes[ref]`, or the string `"HIDDEN_DUE_TO_SECURITY_REASONS"` | `T \| HiddenDueToSecurityReasons` |
 *
 * Shapes may refer to each other in cycles (a structure that holds a list of
 * itself): codecs are built lazily, one per shape.
 *
 * @example
 * ```ts
 * const shapes: ReadonlyArray<ModelShape> = [
 *   's',                                          // 0: a string
 *   ['S', 'Filter', 'Name', 0, 'Values', 2],      // 1: a structure of two members
 *   ['L', 0],                                     // 2: a list of strings
 *   ['I', 1],                                     // 3: an EC2 item set of filters
 * ]
 * ```
 */
export type ModelShape =
  | 's'
  | 'n'
  | 'N'
  | 'b'
  | 'B'
  | 't'
  | 'x'
  | 'd'
  | readonly ['S', name: string, ...keysAndRefs: (string | ShapeRef)[]]
  | readonly ['L', ShapeRef]
  | readonly ['I', ShapeRef]
  | readonly ['M', ShapeRef]
  | readonly ['H', ShapeRef]

/**
 * The table a generated service is built from: its shapes (see
 * {@link ModelShape}) and its operations. Each operation is
 * `[request, response, readOnly, additional?]`: the {@link ShapeRef} of its
 * `requestParameters` or `-1` (no input shape: any value), the one of its
 * `responseElements` or `-1`, `1` if it only reads or `0`, and, where the
 * service's overlay types it, the one of its `additionalEventData` (absent:
 * any value, unchecked).
 *
 * @example
 * ```ts
 * const table: ModelTable = {
 *   shapes: ['s', ['S', 'StartInstancesRequest', 'InstanceId', 2], ['I', 0]],
 *   operations: {
 *     StartInstances: [1, -1, 0],
 *     DescribeRegions: [-1, -1, 1],
 *   },
 * }
 * const withAdditional: ModelTable = {
 *   shapes: ['s', 'n', ['S', 'AdditionalEventData', 'SignatureVersion', 0, 'bytesTransferredOut', 1]],
 *   operations: { GetObject: [-1, -1, 1, 2] },
 * }
 * ```
 */
export interface ModelTable {
  /** The shapes, referred to by index. */
  readonly shapes: ReadonlyArray<ModelShape>
  /**
   * eventName → `[request ref or -1 (no input shape: any value), response
   * ref or -1, readOnly 1 or 0, additionalEventData ref (optional)]`.
   */
  readonly operations: {
    readonly [eventName: string]: readonly [request: number, response: number, readOnly: 0 | 1, additional?: number]
  }
}

/**
 * A list as EC2 writes it in CloudTrail records when it is not a plain array:
 * an object whose `items` member holds the array (`null` or absent when
 * empty). Other keys of the object are kept as they came.
 *
 * @typeParam T - the type of an item
 *
 * @example
 * ```ts
 * const instancesSet: ItemSet<{ instanceId?: string }> = { items: [{ instanceId: 'i-0123456789abcdef0' }] }
 * ```
 */
export interface ItemSet<T> {
  /** The items (each may be `null`), `null` or absent when there are none. */
  items?: (T | null)[] | null
}
