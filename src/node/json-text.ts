/** An array or object being written: its members still to write. */
type Frame =
  | { readonly close: ']'; readonly items: ReadonlyArray<unknown>; index: number }
  | { readonly close: '}'; readonly value: { readonly [key: string]: unknown }; readonly keys: ReadonlyArray<string>; index: number; written: number }

/** The JSON text of a value that is not an object or an array; `undefined` where `JSON.stringify` leaves a member out. */
function scalarText(value: unknown): string | undefined {
  if (typeof value === 'object') return 'null'
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null'
  return typeof value === 'string' || typeof value === 'boolean' ? JSON.stringify(value) : undefined
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null
}

/** `JSON.stringify` with a stack of its own, for values nested deeper than the call stack allows. */
function stringifyIteratively(root: object): string {
  const out: string[] = []
  const stack: Frame[] = []
  const open = new Set<object>()
  const enter = (value: object): void => {
    if (open.has(value)) throw new TypeError('Converting circular structure to JSON')
    open.add(value)
    if (Array.isArray(value)) {
      out.push('[')
      stack.push({ close: ']', items: value as ReadonlyArray<unknown>, index: 0 })
    } else {
      out.push('{')
      const object = value as { readonly [key: string]: unknown }
      stack.push({ close: '}', value: object, keys: Object.keys(object), index: 0, written: 0 })
    }
  }
  enter(root)
  for (let frame = stack.at(-1); frame !== undefined; frame = stack.at(-1)) {
    if (frame.close === ']') {
      if (frame.index >= frame.items.length) {
        out.push(']')
        open.delete(frame.items)
        stack.pop()
        continue
      }
      if (frame.index > 0) out.push(',')
      const item = frame.items[frame.index++]
      if (isContainer(item)) enter(item)
      else out.push(scalarText(item) ?? 'null')
      continue
    }
    const key = frame.keys[frame.index++]
    if (key === undefined) {
      out.push('}')
      open.delete(frame.value)
      stack.pop()
      continue
    }
    const member = frame.value[key]
    const text = isContainer(member) ? undefined : scalarText(member)
    if (!isContainer(member) && text === undefined) continue
    out.push(frame.written++ > 0 ? ',' : '', JSON.stringify(key), ':')
    if (isContainer(member)) enter(member)
    else out.push(text ?? 'null')
  }
  return out.join('')
}

/**
 * The JSON text of a value as `JSON.parse` returns it, like `JSON.stringify`,
 * also for a value nested tens of thousands of levels deep (where
 * `JSON.stringify` and the structured clone overflow the call stack): the text
 * is then written without recursion. Values that are not JSON (functions,
 * `undefined` members) are written as `JSON.stringify` writes them; a cycle
 * is a `TypeError`, as there.
 *
 * @param value - a JSON value
 * @returns its JSON text
 */
export function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'null'
  } catch (error) {
    if (error instanceof RangeError && isContainer(value)) return stringifyIteratively(value)
    throw error
  }
}
