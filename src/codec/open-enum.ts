import * as t from 'io-ts'

/**
 * A string that is one of the `Known` values or any other string.
 *
 * `(string & {})` keeps editor autocomplete for the known values while still
 * accepting every other string: AWS adds values without notice, and a value we
 * have never seen must decode and be kept, never rejected.
 *
 * @example
 * ```ts
 * const severity: OpenEnum<'low' | 'high'> = 'low'      // autocompleted
 * const future: OpenEnum<'low' | 'high'> = 'sev-zero'   // still a valid value
 * ```
 */
export type OpenEnum<Known extends string> = Known | (string & {})

/**
 * The codec that {@link openEnum} returns: a `t.Type` for `OpenEnum<Known>` that
 * also knows its documented values.
 *
 * @example
 * ```ts
 * const Reason = openEnum('AddendumReason', ['DELIVERY_DELAY', 'UPDATED_DATA'])
 * Reason.known            // ReadonlySet { 'DELIVERY_DELAY', 'UPDATED_DATA' }
 * Reason.isKnown('X')     // false
 * ```
 */
export class OpenEnumType<Known extends string> extends t.Type<OpenEnum<Known>, string, unknown> {
  /** Marks this class for io-ts style tag checks. */
  readonly _tag = 'OpenEnumType' as const
  /** The documented values, in the order they were declared. */
  readonly values: ReadonlyArray<Known>
  /** The documented values as a set, for constant-time lookups. */
  readonly known: ReadonlySet<string>

  /**
   * @param name - the name shown in error messages
   * @param values - the documented values
   */
  constructor(name: string, values: ReadonlyArray<Known>) {
    super(
      name,
      (u): u is OpenEnum<Known> => typeof u === 'string',
      (u, c) => (typeof u === 'string' ? t.success(u) : t.failure(u, c)),
      t.identity,
    )
    this.values = values
    this.known = new Set<string>(values)
  }

  /**
   * Narrows a decoded value to one of the documented values.
   *
   * @param value - a value decoded with this codec
   * @returns `true` when `value` is one of the documented values
   */
  isKnown(value: string): value is Known {
    return this.known.has(value)
  }
}

/**
 * Builds an open enumeration codec: it accepts any string, types the documented
 * values for autocomplete, and offers `isKnown` to narrow to them.
 *
 * Use it for every value list that AWS may extend (eventType, eventCategory,
 * identity types, severity codes, ...). Do not write exhaustive switches over an
 * open enumeration; narrow with `isKnown` first.
 *
 * @param name - the name shown in error messages
 * @param values - the documented values
 * @returns a codec for `OpenEnum<typeof values[number]>`
 *
 * @example
 * ```ts
 * const EventCategory = openEnum('EventCategory', ['Management', 'Data'] as const)
 * type EventCategory = t.TypeOf<typeof EventCategory>   // 'Management' | 'Data' | (string & {})
 * EventCategory.is('Insight')                           // true: new values are kept
 * EventCategory.isKnown('Insight')                      // false
 * ```
 */
export function openEnum<const Known extends string>(
  name: string,
  values: ReadonlyArray<Known>,
): OpenEnumType<Known> {
  return new OpenEnumType(name, values)
}
