import { describeValue } from '../errors/excerpt.js'
import { parseJson, stripBom } from '../read/json-text.js'
import { singleEntries } from './entry.js'
import type { RecordRun, SourceEntry } from './entry.js'
import { unwrapValue } from './list.js'
import type { SourceKind } from './list.js'
import { TextUnwrapper } from './text-unwrapper.js'

export { unwrapValue } from './list.js'
export type { SourceKind } from './list.js'

/**
 * Splits JSON text into values and unwraps each. One JSON document is parsed
 * whole; anything else goes through the record-boundary splitter: NDJSON (one
 * value per line), objects with no separator (`}{`, as Firehose writes
 * CloudWatch Logs payloads to S3), and text with garbage after a value. The
 * values before garbage are kept and the garbage is a `json` issue with its
 * position; a line that is not JSON costs only that line. A UTF-8 BOM is
 * skipped.
 *
 * @param input - the text
 * @param source - the input's kind, or `auto`
 * @returns the entries, lazily
 */
export function* unwrapText(input: string, source: SourceKind = 'auto'): Generator<SourceEntry> {
  const text = stripBom(input)
  if (text.trim() === '') {
    yield {
      kind: 'issue',
      perRecord: false,
      issue: { kind: 'input', problems: [{ path: '$', expected: 'JSON text', found: describeValue(input) }], detail: 'the input is empty' },
    }
    return
  }
  const whole = parseJson(text)
  if (whole.ok) {
    yield* unwrapValue(whole.value, source)
    return
  }
  const unwrapper = new TextUnwrapper(source, (value, location) => unwrapValue(value, source, location))
  for (const entry of unwrapper.push(text)) yield* sourceEntries(entry)
  for (const entry of unwrapper.end()) yield* sourceEntries(entry)
}

/** A run of records as source entries: one `records` entry when it starts at its array's first element. */
function sourceEntries(entry: SourceEntry | RecordRun): Iterable<SourceEntry> {
  if (entry.kind !== 'run') return [entry]
  return entry.first === 0 ? [{ kind: 'records', values: entry.values, location: entry.path }] : singleEntries(entry)
}
