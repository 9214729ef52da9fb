import * as t from 'io-ts'

/**
 * The marker CloudTrail writes in place of a sensitive value:
 * `"HIDDEN_DUE_TO_SECURITY_REASONS"`. Every string member accepts it already;
 * members that are an object or an array in the API model (such as the
 * Support API's attachments, which carry file content) accept it through
 * {@link orHidden}.
 *
 * @example
 * ```ts
 * HiddenDueToSecurityReasons.is('HIDDEN_DUE_TO_SECURITY_REASONS')   // true
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 */
export const HiddenDueToSecurityReasons = /*#__PURE__*/ t.literal('HIDDEN_DUE_TO_SECURITY_REASONS')
/** The redaction marker; see the codec of the same name. */
export type HiddenDueToSecurityReasons = t.TypeOf<typeof HiddenDueToSecurityReasons>

/**
 * A member that holds `codec`'s value, or the redaction marker in its place.
 *
 * @param codec - the codec of the member as the API model has it
 * @returns a codec of the value or `"HIDDEN_DUE_TO_SECURITY_REASONS"`
 *
 * @example
 * ```ts
 * orHidden(t.array(t.string)).is('HIDDEN_DUE_TO_SECURITY_REASONS')   // true
 * ```
 */
export function orHidden<C extends t.Mixed>(codec: C): t.UnionC<[C, typeof HiddenDueToSecurityReasons]> {
  return t.union([codec, HiddenDueToSecurityReasons])
}
