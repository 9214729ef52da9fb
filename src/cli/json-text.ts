type Container = ReadonlyArray<unknown> | { readonly [key: string]: unknown }

type Frame =
  | { readonly kind: 'array'; readonly items: ReadonlyArray<unknown>; index: number }
  | {
      readonly kind: 'object'
      readonly value: { readonly [key: string]: unknown }
      readonly keys: ReadonlyArray<string>
      index: number
      written: number
    }

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null
}

/** The JSON text of a value that is not an object or array; `undefined` where JSON.stringify leaves a key out. */
function scalarText(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value)
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null'
    case 'boolean':
      return value ? 'true' : 'false'
    case 'bigint':
      throw new TypeError('Do not know how to serialize a BigInt')
    case 'object':
      return 'null'
    default:
      return undefined
  }
}

/**
 * `JSON.stringify` without recursion: the same text for any JSON value (what
 * `JSON.parse` returns), however deeply nested. It keeps its own stack, so a
 * record nested 100,000 levels deep is written instead of overflowing the call
 * stack.
 */
function stringifyIteratively(root: unknown): string {
  if (!isContainer(root)) return scalarText(root) ?? 'null'
  const out: string[] = []
  const stack: Frame[] = []
  const ancestors = new Set<unknown>()
  const enter = (value: Container): void => {
    if (ancestors.has(value)) throw new TypeError('Converting circular structure to JSON')
    ancestors.add(value)
    if (Array.isArray(value)) {
      out.push('[')
      stack.push({ kind: 'array', items: value as ReadonlyArray<unknown>, index: 0 })
    } else {
      out.push('{')
      const object = value as { readonly [key: string]: unknown }
      stack.push({ kind: 'object', value: object, keys: Object.keys(object), index: 0, written: 0 })
    }
  }
  const leave = (frame: Frame): void => {
    out.push(frame.kind === 'array' ? ']' : '}')
    ancestors.delete(frame.kind === 'array' ? frame.items : frame.value)
    stack.pop()
  }
  enter(root)
  for (let frame = stack.at(-1); frame !== undefined; frame = stack.at(-1)) {
    if (frame.kind === 'array') {
      if (frame.index >= frame.items.length) {
        leave(frame)
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
      leave(frame)
      continue
    }
    const member = frame.value[key]
    const text = isContainer(member) ? '' : scalarText(member)
    if (text === undefined) continue
    out.push(frame.written++ > 0 ? ',' : '', JSON.stringify(key), ':')
    if (isContainer(member)) enter(member)
    else out.push(text)
  }
  return out.join('')
}

/**
 * The JSON text of a parsed JSON value, like `JSON.stringify(value)`. When
 * `JSON.stringify` overflows the call stack (a value nested tens of thousands
 * of levels deep), the same text is written without recursion, so a record is
 * always written exactly as it came.
 *
 * @param value - a value as `JSON.parse` returns it
 * @returns its JSON text
 */
export function stringifyJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'null'
  } catch (error) {
    if (error instanceof RangeError) return stringifyIteratively(value)
    throw error
  }
}
