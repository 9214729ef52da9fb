/**
 * The report's counts are a monoid (issue "Scale", item 2): `summarize
 * --jobs N` tallies each file in the thread that reads it and absorbs the
 * files' tallies in input order, so the tallies of any split of a stream,
 * absorbed in order (after crossing threads: the structured clone), must
 * equal the tally of the whole stream, which must count what a single
 * reader counting record after record counts (the model below, the report's
 * counting before the split: a time that is not a time first met stays the
 * time span; the first of equal instants wins).
 */
import { fc, test as fcTest } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import type { CallerClass } from '../../src/identity/index.js'
import type { OperationMatch } from '../../src/cli/operation-match.js'
import { Tally } from '../../src/cli/tally.js'
import type { CountedFacts, TallyData } from '../../src/cli/tally.js'

type Event = { readonly kind: 'record'; readonly facts: CountedFacts } | { readonly kind: 'issue'; readonly message: string } | { readonly kind: 'left-out' }

/** Times that tie (one instant, three texts), that order, and that are no time. */
const TIMES = ['2026-11-02T10:00:00Z', '2026-11-02T10:00:00.000Z', '2026-11-02T12:00:00+02:00', '2026-11-02T09:59:59Z', '2026-11-03T00:00:00Z', 'not a time', '']

const event: fc.Arbitrary<Event> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({
        callerClass: fc.constantFrom<CallerClass>('root', 'iam-user', 'assumed-role', 'aws-service'),
        label: fc.constantFrom('alice', 'bob', 'ci', 'lambda.amazonaws.com'),
        source: fc.constantFrom('ec2.amazonaws.com', 's3.amazonaws.com', 'support.amazonaws.com'),
        time: fc.constantFrom(...TIMES),
        operation: fc.constantFrom<OperationMatch>('typed', 'mismatched', 'untyped'),
      })
      .map((facts): Event => ({ kind: 'record', facts })),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 6 }).map((message): Event => ({ kind: 'issue', message })) },
  { weight: 1, arbitrary: fc.constant<Event>({ kind: 'left-out' }) },
)

/** An issue limit: a few, or none. */
const limit = fc.constantFrom(0, 1, 3, Number.POSITIVE_INFINITY)

function tallyOf(events: ReadonlyArray<Event>, issueLimit: number, file = 'f'): Tally {
  const tally = new Tally(issueLimit)
  for (const e of events) {
    if (e.kind === 'record') tally.count(e.facts)
    else if (e.kind === 'issue') tally.countIssue({ file, issue: { message: e.message } })
    else tally.leaveOut()
  }
  return tally
}

/** A map's entries, sorted by key. */
function sorted<V>(map: ReadonlyMap<string, V>): Array<[string, V]> {
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

/** A tally as plain comparable data: maps as sorted entries, and the time span. */
function comparable(tally: Tally): object {
  return {
    records: tally.records,
    leftOut: tally.leftOut,
    issues: tally.issues,
    firstIssues: tally.firstIssues,
    operations: tally.operations,
    callers: sorted(tally.callers).map(([callerClass, labels]) => [callerClass, sorted(labels)]),
    sources: sorted(tally.sources),
    span: tally.span(),
  }
}

/** What one reader counting record after record finds: the report's counting before it was split by file. */
function model(events: ReadonlyArray<Event>, issueLimit: number): object {
  let records = 0
  let leftOut = 0
  let issues = 0
  const firstIssues: Array<{ file: string; issue: { message: string } }> = []
  const operations = { typed: 0, mismatched: 0, untyped: 0 }
  const callers = new Map<string, Map<string, number>>()
  const sources = new Map<string, number>()
  let earliest: string | undefined
  let latest: string | undefined
  let earliestAt = Number.NaN
  let latestAt = Number.NaN
  for (const e of events) {
    if (e.kind === 'left-out') leftOut++
    else if (e.kind === 'issue') {
      issues++
      if (firstIssues.length < issueLimit) firstIssues.push({ file: 'f', issue: { message: e.message } })
    } else {
      const { facts } = e
      records++
      operations[facts.operation]++
      const labels = callers.get(facts.callerClass) ?? new Map<string, number>()
      callers.set(facts.callerClass, labels)
      labels.set(facts.label, (labels.get(facts.label) ?? 0) + 1)
      sources.set(facts.source, (sources.get(facts.source) ?? 0) + 1)
      const at = Date.parse(facts.time)
      if (earliest === undefined || at < earliestAt) [earliest, earliestAt] = [facts.time, at]
      if (latest === undefined || at > latestAt) [latest, latestAt] = [facts.time, at]
    }
  }
  return {
    records,
    leftOut,
    issues,
    firstIssues,
    operations,
    callers: sorted(callers).map(([callerClass, labels]) => [callerClass, sorted(labels)]),
    sources: sorted(sources),
    span: earliest === undefined || latest === undefined ? undefined : [earliest, latest],
  }
}

/** The stream cut at the given places (sorted, deduplicated), possibly into empty files. */
function split<T>(items: ReadonlyArray<T>, cuts: ReadonlyArray<number>): T[][] {
  const at = [...new Set(cuts.map((cut) => cut % (items.length + 1)))].sort((a, b) => a - b)
  const files: T[][] = []
  let from = 0
  for (const cut of [...at, items.length]) {
    files.push(items.slice(from, cut))
    from = cut
  }
  return files
}

/** A tally after crossing to another thread. */
function crossed(tally: Tally): TallyData {
  return structuredClone(tally.data())
}

describe('Tally', () => {
  fcTest.prop([fc.array(event, { maxLength: 60 }), limit], { numRuns: 400 })('counts what one reader counting record after record counts', (events, issueLimit) => {
    expect(comparable(tallyOf(events, issueLimit))).toStrictEqual(model(events, issueLimit))
  })

  fcTest.prop([fc.array(event, { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 6 }), limit], { numRuns: 400 })(
    'absorbs the tallies of any split of the stream, in order, into the tally of the whole stream',
    (events, cuts, issueLimit) => {
      const merged = new Tally(issueLimit)
      for (const file of split(events, cuts)) merged.absorb(crossed(tallyOf(file, issueLimit)))
      expect(comparable(merged)).toStrictEqual(comparable(tallyOf(events, issueLimit)))
    },
  )

  fcTest.prop([fc.array(event, { maxLength: 20 }), fc.array(event, { maxLength: 20 }), fc.array(event, { maxLength: 20 }), limit], { numRuns: 300 })(
    'is a monoid: a fresh tally is neutral on either side, and absorbing is associative',
    (a, b, c, issueLimit) => {
      const [ta, tb, tc] = [a, b, c].map((events) => tallyOf(events, issueLimit)) as [Tally, Tally, Tally]
      const leftNeutral = new Tally(issueLimit)
      leftNeutral.absorb(crossed(ta))
      const rightNeutral = tallyOf(a, issueLimit)
      rightNeutral.absorb(crossed(new Tally(issueLimit)))
      expect(comparable(leftNeutral)).toStrictEqual(comparable(ta))
      expect(comparable(rightNeutral)).toStrictEqual(comparable(ta))

      const leftFirst = new Tally(issueLimit)
      for (const t of [ta, tb, tc]) leftFirst.absorb(crossed(t))
      const bc = new Tally(issueLimit)
      bc.absorb(crossed(tb))
      bc.absorb(crossed(tc))
      const rightFirst = new Tally(issueLimit)
      rightFirst.absorb(crossed(ta))
      rightFirst.absorb(crossed(bc))
      expect(comparable(rightFirst)).toStrictEqual(comparable(leftFirst))
    },
  )

  it('keeps the first text of tied instants, and a first time that is no time as the whole span', () => {
    const record = (time: string): Event => ({ kind: 'record', facts: { callerClass: 'root', label: 'r', source: 's', time, operation: 'untyped' } })
    const ties = tallyOf([record('2026-11-02T10:00:00.000Z'), record('2026-11-02T10:00:00Z'), record('2026-11-02T12:00:00+02:00')], 0)
    expect(ties.span()).toStrictEqual(['2026-11-02T10:00:00.000Z', '2026-11-02T10:00:00.000Z'])
    const stuck = new Tally(0)
    stuck.absorb(crossed(tallyOf([record('yesterday')], 0)))
    stuck.absorb(crossed(tallyOf([record('2026-11-02T10:00:00Z'), record('2026-11-03T10:00:00Z')], 0)))
    expect(stuck.span()).toStrictEqual(['yesterday', 'yesterday'])
    expect(new Tally(0).span()).toBeUndefined()
  })
})
