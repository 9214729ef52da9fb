import * as t from 'io-ts'

/**
 * The codec {@link nullable} returns: `X | null` without a union. Like io-ts's
 * own combinators it has a `_tag` and keeps the codec it wraps in `type`, so
 * tools that walk codecs (documentation, test data generators) can see
 * through it.
 *
 * @typeParam C - the codec of the non-null value
 *
 * @example
 * ```ts
 * const Response = nullable(t.type({ caseId: t.string }))
 * Response._tag       // 'NullableType'
 * Response.type.name  // '{ caseId: string }'
 * ```
 */
export class NullableType<C extends t.Mixed> extends t.Type<t.TypeOf<C> | null, t.OutputOf<C> | null, unknown> {
  /** Marks this class for io-ts style tag checks. */
  readonly _tag = 'NullableType' as const

  /**
   * @param type - the codec of the non-null value
   */
  constructor(readonly type: C) {
    super(
      `${type.name} | null`,
      (u): u is t.TypeOf<C> | null => u === null || type.is(u),
      (u, c) => (u === null ? t.success(null) : type.validate(u, c)),
      type.encode === t.identity ? t.identity : (a) => (a === null ? null : (type.encode(a) as t.OutputOf<C>)),
    )
  }
}

/**
 * `X | null` without a union: `null` passes, anything else is validated by
 * `codec` directly, so an error names the field's own mismatch once instead of
 * one error per union member.
 *
 * @param codec - the codec of the non-null value
 * @returns a codec of `X | null` that encodes as `codec` does
 *
 * @example
 * ```ts
 * const Response = nullable(t.type({ caseId: t.string }))
 * Response.is(null)   // true
 * ```
 */
export function nullable<C extends t.Mixed>(codec: C): NullableType<C> {
  return new NullableType(codec)
}
