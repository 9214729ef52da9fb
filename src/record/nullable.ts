import * as t from 'io-ts'

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
export function nullable<C extends t.Mixed>(codec: C): t.Type<t.TypeOf<C> | null, t.OutputOf<C> | null, unknown> {
  return new t.Type<t.TypeOf<C> | null, t.OutputOf<C> | null, unknown>(
    `${codec.name} | null`,
    (u): u is t.TypeOf<C> | null => u === null || codec.is(u),
    (u, c) => (u === null ? t.success(null) : codec.validate(u, c)),
    codec.encode === t.identity ? t.identity : (a) => (a === null ? null : (codec.encode(a) as t.OutputOf<C>)),
  )
}
