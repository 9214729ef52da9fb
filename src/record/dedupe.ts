/**
 * What {@link dedupeByEventId} needs of a record: its `eventID`, if any.
 * Every decoded `CloudTrailRecord` fits.
 *
 * @example
 * ```ts
 * const row: HasEventId = { eventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e746a' }
 * ```
 */
export interface HasEventId {
  /** The record's unique id (eventVersion 1.01 and later); `null` as data lakes write an absent one. */
  readonly eventID?: string | null | undefined
}

/**
 * What {@link applyAddenda} needs of a record: its `eventID` and its
 * `addendum`, if any. Every decoded `CloudTrailRecord` fits.
 *
 * @example
 * ```ts
 * const update: HasAddendum = {
 *   eventID: '2f4630ac-5c27-4f0d-b93f-63742d6fc85e',
 *   addendum: { reason: 'UPDATED_DATA', originalEventID: '5aa34bfc-ad5b-4fb1-8a55-2277c86e746a' },
 * }
 * ```
 */
export interface HasAddendum extends HasEventId {
  /** Why the record was delivered late or re-emitted (eventVersion 1.08 and later). */
  readonly addendum?:
    | {
        readonly reason: string
        readonly originalEventID?: string | null | undefined
      }
    | null
    | undefined
}

/** An eventID worth keying on: a non-empty string. */
function idOf(record: HasEventId): string | undefined {
  const id = record.eventID
  return typeof id === 'string' && id !== '' ? id : undefined
}

/**
 * Removes repeated deliveries of the same event. CloudTrail may deliver a
 * record more than once (in the same or in another log file); every copy
 * carries the same `eventID`.
 *
 * Keeps the first record of each `eventID`, in input order. Records without
 * an `eventID` (eventVersion 1.0, some documentation examples), with a `null`
 * one or with an empty one are all kept, since nothing says they are copies. The records
 * themselves are returned as they are, never copied or merged. Copies of one
 * action delivered to several accounts have different `eventID`s (they share
 * `sharedEventID`) and are all kept.
 *
 * @param records - records from one or more log files
 * @returns a new array without the repeated records
 *
 * @example
 * ```ts
 * const { records } = parseRecords(text)
 * const unique = dedupeByEventId(records)
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 */
export function dedupeByEventId<R extends HasEventId>(records: ReadonlyArray<R>): R[] {
  const seen = new Set<string>()
  const unique: R[] = []
  for (const record of records) {
    const id = idOf(record)
    if (id !== undefined) {
      if (seen.has(id)) continue
      seen.add(id)
    }
    unique.push(record)
  }
  return unique
}

/** The eventID an `UPDATED_DATA` record supersedes, if it names one other than its own. */
function originalOf(record: HasAddendum): string | undefined {
  const addendum = record.addendum
  if (addendum?.reason !== 'UPDATED_DATA') return undefined
  const original = addendum.originalEventID
  return typeof original === 'string' && original !== '' && original !== idOf(record) ? original : undefined
}

/**
 * The eventIDs that lie on a cycle of updates (A updates B, B updates A),
 * which CloudTrail never writes: following `originalEventID` from such an id
 * leads back to it. Each id names at most one original (the last update with
 * that id wins), so the walk is a functional graph, visited once: O(n).
 */
function idsOnCycles(originalById: ReadonlyMap<string, string>): Set<string> {
  const onCycle = new Set<string>()
  const done = new Set<string>()
  for (const start of originalById.keys()) {
    const path: string[] = []
    const onPath = new Map<string, number>()
    let id: string | undefined = start
    while (id !== undefined && !done.has(id) && !onPath.has(id)) {
      onPath.set(id, path.length)
      path.push(id)
      id = originalById.get(id)
    }
    if (id !== undefined && onPath.has(id)) {
      for (const member of path.slice(onPath.get(id))) onCycle.add(member)
    }
    for (const visited of path) done.add(visited)
  }
  return onCycle
}

/**
 * Applies CloudTrail addenda: a record whose `addendum.reason` is
 * `UPDATED_DATA` is a corrected re-delivery (with a new `eventID`) of the
 * event named by `addendum.originalEventID`, and supersedes it. The
 * superseded records are removed; every other record keeps its place, and
 * nothing is copied or merged (the update carries the whole corrected event;
 * `addendum.updatedFields` says which fields changed).
 *
 * - Chains: when A is updated by B and B by C, both A and B are removed and C
 *   is kept. Every record that some update names is removed, whatever that
 *   update's own fate.
 * - Several updates of one original: the original is removed and every
 *   update is kept (they may correct different fields); choose among them
 *   yourself.
 * - An update whose original is not among `records` (it was in a log file you
 *   did not read, or it was never delivered) is kept as it is. Apply addenda to
 *   all the records of the period at once, after {@link dedupeByEventId}.
 * - Updates that name each other in a cycle, which CloudTrail does not write,
 *   are all kept rather than all lost.
 * - `DELIVERY_DELAY` and `SERVICE_OUTAGE` addenda only explain a late
 *   delivery: those records supersede nothing.
 *
 * @param records - records from one or more log files
 * @returns a new array without the superseded records
 *
 * @example
 * ```ts
 * const current = applyAddenda(dedupeByEventId(records))
 * ```
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 */
export function applyAddenda<R extends HasAddendum>(records: ReadonlyArray<R>): R[] {
  const superseded = new Set<string>()
  const originalById = new Map<string, string>()
  for (const record of records) {
    const original = originalOf(record)
    if (original === undefined) continue
    superseded.add(original)
    const id = idOf(record)
    if (id !== undefined) originalById.set(id, original)
  }
  if (superseded.size === 0) return records.slice()
  const onCycle = idsOnCycles(originalById)
  return records.filter((record) => {
    const id = idOf(record)
    return id === undefined || !superseded.has(id) || onCycle.has(id)
  })
}
