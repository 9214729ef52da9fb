import * as t from 'io-ts'

/**
 * `t.intersection` with an `encode` that returns its input, as every codec
 * of this library does (codecs never transform).
 *
 * io-ts's own intersection encodes by merging copies, and then every
 * `t.type` or `t.partial` that holds it encodes by copying too
 * (`Object.assign`-style): a copy turns an own `__proto__` key of the data
 * into the copy's prototype, so `encode(decode(x))` loses that key and gives
 * the result a prototype chosen by the input. With `encode` the identity
 * nothing is copied.
 *
 * @param codec - an intersection of codecs that encode as the identity
 * @returns the same codec (name, `is`, `validate`, members) with `encode` the identity
 *
 * @example
 * ```ts
 * const Addendum = intersectionEncodedAsIs(
 *   t.intersection([t.type({ reason: t.string }), t.partial({ updatedFields: t.string })], 'Addendum'),
 * )
 * ```
 */
export function intersectionEncodedAsIs<CS extends [t.Mixed, t.Mixed, ...Array<t.Mixed>], A extends O, O>(
  codec: t.IntersectionType<CS, A, O, unknown>,
): t.IntersectionType<CS, A, O, unknown> {
  return new t.IntersectionType(codec.name, codec.is, codec.validate, t.identity, codec.types)
}

/**
 * `t.record` with an `encode` that is io-ts's `t.identity`, so that the
 * codecs that hold it encode without copying (see
 * {@link intersectionEncodedAsIs}).
 *
 * @param codec - a record of codecs that encode as the identity
 * @returns the same codec with `encode` the identity
 *
 * @example
 * ```ts
 * const Metadata = dictionaryEncodedAsIs(t.record(t.string, t.string, 'Metadata'))
 * ```
 */
export function dictionaryEncodedAsIs<D extends t.Mixed, C extends t.Mixed, A extends O, O>(
  codec: t.DictionaryType<D, C, A, O, unknown>,
): t.DictionaryType<D, C, A, O, unknown> {
  return new t.DictionaryType(codec.name, codec.is, codec.validate, t.identity, codec.domain, codec.codomain)
}
