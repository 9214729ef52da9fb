function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9'
}

/**
 * Whether `count` digits start at `at`.
 *
 * @param text - the text
 * @param at - where to look
 * @param count - how many digits
 * @returns `true` when they are all digits
 */
export function digitsAt(text: string, at: number, count: number): boolean {
  for (let i = at; i < at + count; i++) if (!isDigit(text[i])) return false
  return true
}

/**
 * Whether a text is an AWS account id: 12 digits.
 *
 * @param text - the text
 * @returns `true` for an account id
 */
export function isAccountId(text: string): boolean {
  return text.length === 12 && digitsAt(text, 0, 12)
}

/**
 * Whether a text is an AWS Organizations id, as organization trails write it
 * in their paths: `o-` and 10 to 32 lowercase letters or digits.
 *
 * @param text - the text
 * @returns `true` for an organization id
 */
export function isOrganizationId(text: string): boolean {
  if (!text.startsWith('o-') || text.length < 12 || text.length > 34) return false
  for (const char of text.slice(2)) if (!isDigit(char) && !(char >= 'a' && char <= 'z')) return false
  return true
}
