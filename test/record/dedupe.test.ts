import { describe, expect, it } from 'vitest'
import { applyAddenda, dedupeByEventId } from '../../src/record/dedupe.js'
import type { HasAddendum } from '../../src/record/dedupe.js'

interface Labelled extends HasAddendum {
  readonly label: string
}

function event(label: string, eventID?: string, addendum?: HasAddendum['addendum']): Labelled {
  return {
    label,
    ...(eventID === undefined ? {} : { eventID }),
    ...(addendum === undefined ? {} : { addendum }),
  }
}

function update(label: string, eventID: string | undefined, originalEventID: string): Labelled {
  return event(label, eventID, { reason: 'UPDATED_DATA', originalEventID })
}

const labels = (records: ReadonlyArray<Labelled>): string[] => records.map((r) => r.label)

describe('dedupeByEventId', () => {
  it('keeps the first record of each eventID, in input order', () => {
    const records = [event('a1', 'A'), event('b1', 'B'), event('a2', 'A'), event('c', 'C'), event('b2', 'B')]
    expect(labels(dedupeByEventId(records))).toStrictEqual(['a1', 'b1', 'c'])
  })

  it('keeps every record without an eventID, or with an empty one', () => {
    const records = [event('x'), event('y'), event('e1', ''), event('e2', ''), event('a', 'A')]
    expect(labels(dedupeByEventId(records))).toStrictEqual(['x', 'y', 'e1', 'e2', 'a'])
  })

  it('returns the very records given, in a new array, and leaves the input alone', () => {
    const first = event('a1', 'A')
    const records = [first, event('a2', 'A')]
    const unique = dedupeByEventId(records)
    expect(unique[0]).toBe(first)
    expect(unique).not.toBe(records)
    expect(labels(records)).toStrictEqual(['a1', 'a2'])
  })

  it('handles an empty input', () => {
    expect(dedupeByEventId([])).toStrictEqual([])
  })
})

describe('applyAddenda', () => {
  it('removes the original that an UPDATED_DATA record names; the update keeps its place', () => {
    const records = [event('original', 'A'), event('other', 'B'), update('update', 'U', 'A')]
    expect(labels(applyAddenda(records))).toStrictEqual(['other', 'update'])
  })

  it('removes the original whether it comes before or after its update', () => {
    const records = [update('update', 'U', 'A'), event('original', 'A')]
    expect(labels(applyAddenda(records))).toStrictEqual(['update'])
  })

  it('resolves a chain: A updated by B, B updated by C, keeps only C', () => {
    const records = [event('A', 'A'), update('B', 'B', 'A'), update('C', 'C', 'B')]
    expect(labels(applyAddenda(records))).toStrictEqual(['C'])
  })

  it('keeps every update of one original (they may correct different fields)', () => {
    const records = [event('A', 'A'), update('B', 'B', 'A'), update('C', 'C', 'A')]
    expect(labels(applyAddenda(records))).toStrictEqual(['B', 'C'])
  })

  it('keeps an update whose original is absent', () => {
    const records = [event('other', 'B'), update('update', 'U', 'missing')]
    expect(labels(applyAddenda(records))).toStrictEqual(['other', 'update'])
  })

  it('lets an update without its own eventID still supersede its original', () => {
    expect(labels(applyAddenda([event('A', 'A'), update('u', undefined, 'A')]))).toStrictEqual(['u'])
  })

  it('removes every copy of a superseded original', () => {
    const records = [event('A1', 'A'), event('A2', 'A'), update('U', 'U', 'A')]
    expect(labels(applyAddenda(records))).toStrictEqual(['U'])
  })

  it('ignores DELIVERY_DELAY and SERVICE_OUTAGE addenda, which supersede nothing', () => {
    const records = [
      event('A', 'A'),
      event('late', 'L', { reason: 'DELIVERY_DELAY', originalEventID: 'A' }),
      event('outage', 'O', { reason: 'SERVICE_OUTAGE' }),
    ]
    expect(labels(applyAddenda(records))).toStrictEqual(['A', 'late', 'outage'])
  })

  it('ignores an UPDATED_DATA addendum without originalEventID, with an empty one, or naming itself', () => {
    const records = [
      event('A', 'A'),
      event('no original', 'N', { reason: 'UPDATED_DATA' }),
      update('empty', 'E', ''),
      update('self', 'S', 'S'),
    ]
    expect(labels(applyAddenda(records))).toStrictEqual(['A', 'no original', 'empty', 'self'])
  })

  it('keeps updates that name each other in a cycle rather than losing them all', () => {
    const records = [update('X', 'X', 'Y'), update('Y', 'Y', 'X'), event('A', 'A'), update('B', 'B', 'A')]
    expect(labels(applyAddenda(records))).toStrictEqual(['X', 'Y', 'B'])
  })

  it('removes a chain that leads into a cycle only up to the cycle', () => {
    // P updates X, which is on the cycle X <-> Y: X stays (cycle), P is an update nobody supersedes.
    const records = [update('X', 'X', 'Y'), update('Y', 'Y', 'X'), update('P', 'P', 'X'), event('Q', 'Q'), update('R', 'R', 'P')]
    expect(labels(applyAddenda(records))).toStrictEqual(['X', 'Y', 'Q', 'R'])
  })

  it('returns a new array and leaves the input alone', () => {
    const records = [event('A', 'A')]
    const result = applyAddenda(records)
    expect(result).not.toBe(records)
    expect(result[0]).toBe(records[0])
  })

  it('handles a long chain in linear time', () => {
    const chain = [event('0', '0'), ...Array.from({ length: 50_000 }, (_, i) => update(String(i + 1), String(i + 1), String(i)))]
    const started = performance.now()
    expect(labels(applyAddenda(chain))).toStrictEqual(['50000'])
    expect(performance.now() - started).toBeLessThan(2000)
  })
})
