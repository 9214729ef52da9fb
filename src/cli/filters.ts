import type { CallerClass, CallerDescription } from '../identity/index.js'
import type { ParseOptions } from '../parse/index.js'
import type { CloudTrailRecord } from '../record/index.js'
import { digitsAt } from './aws-ids.js'

/** A time bound as given (`--since 2026-11-02`) and the instant it stands for, in milliseconds. */
export interface TimeBound {
  readonly text: string
  readonly ms: number
}

/**
 * Which records `summarize` keeps: `--since`, `--until`, `--account`,
 * `--region`, `--event-source`, `--event-name`, `--caller-class`. A record is
 * kept when it matches every filter given (AND across filters) and, for a
 * filter given several times, any of its values (OR within a filter). An
 * empty list does not filter.
 */
export interface RecordFilters {
  /** Keep records whose `eventTime` is at or after this instant. */
  readonly since: TimeBound | undefined
  /** Keep records whose `eventTime` is before this instant. */
  readonly until: TimeBound | undefined
  /** `recipientAccountId`: the account whose trail logged the record. */
  readonly accounts: ReadonlyArray<string>
  /** `awsRegion`. */
  readonly regions: ReadonlyArray<string>
  /** `eventSource`, such as `support.amazonaws.com`. */
  readonly eventSources: ReadonlyArray<string>
  /** `eventName`, such as `CreateCase`. */
  readonly eventNames: ReadonlyArray<string>
  /** The caller's class, as `classifyCaller` tells it. */
  readonly callerClasses: ReadonlyArray<CallerClass>
}

/** No filter: every record is kept. */
export const noFilters: RecordFilters = {
  since: undefined,
  until: undefined,
  accounts: [],
  regions: [],
  eventSources: [],
  eventNames: [],
  callerClasses: [],
}

/** Whether a zone designator is `Z` or an offset such as `+02:00`. */
function isZone(zone: string): boolean {
  return zone === 'Z' || (zone.length === 6 && (zone[0] === '+' || zone[0] === '-') && digitsAt(zone, 1, 2) && zone[3] === ':' && digitsAt(zone, 4, 2))
}

/** Where the time of day of an ISO-8601 date-time ends: after `HH:MM`, `:SS` and a fraction; -1 when it is malformed. */
function endOfTime(text: string): number {
  if (text[10] !== 'T' || !digitsAt(text, 11, 2) || text[13] !== ':' || !digitsAt(text, 14, 2)) return -1
  if (text[16] !== ':') return 16
  if (!digitsAt(text, 17, 2)) return -1
  if (text[19] !== '.') return 19
  let end = 20
  while (digitsAt(text, end, 1)) end++
  return end === 20 || end > 29 ? -1 : end
}

/**
 * Reads an ISO-8601 date or date-time: `2026-11-02` (midnight UTC),
 * `2026-11-02T10:00`, `2026-11-02T10:00:00Z`, `2026-11-02T12:00:00.5+02:00`.
 * Without an offset, the time is UTC, as CloudTrail's are.
 *
 * @param text - the value of `--since` or `--until`
 * @returns the instant in milliseconds, or `undefined` when the text is not such a time
 */
export function parseTime(text: string): number | undefined {
  if (!(digitsAt(text, 0, 4) && text[4] === '-' && digitsAt(text, 5, 2) && text[7] === '-' && digitsAt(text, 8, 2))) return undefined
  const [year, month, day] = [Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  let utc = text
  if (text.length > 10) {
    const end = endOfTime(text)
    if (end === -1) return undefined
    const zone = text.slice(end)
    if (zone === '') utc = `${text}Z`
    else if (!isZone(zone)) return undefined
  }
  const ms = Date.parse(utc)
  return Number.isNaN(ms) ? undefined : ms
}

/**
 * Whether any filter is given.
 *
 * @param filters - the filters
 * @returns `true` when some record may be left out
 */
export function isFiltering(filters: RecordFilters): boolean {
  return (
    filters.since !== undefined ||
    filters.until !== undefined ||
    filters.accounts.length + filters.regions.length + filters.eventSources.length + filters.eventNames.length + filters.callerClasses.length > 0
  )
}

/**
 * The filters that `streamRecords` applies before decoding (its `only`
 * option): event sources and event names. The records they leave out are not
 * decoded at all, so they are never issues, and reading is faster.
 *
 * @param filters - the filters
 * @returns the `only` option, or `undefined` when neither filter is given
 */
export function beforeDecoding(filters: RecordFilters): ParseOptions['only'] {
  if (filters.eventSources.length === 0 && filters.eventNames.length === 0) return undefined
  return {
    ...(filters.eventSources.length === 0 ? {} : { eventSources: filters.eventSources }),
    ...(filters.eventNames.length === 0 ? {} : { eventNames: filters.eventNames }),
  }
}

function oneOf<T extends string>(values: ReadonlyArray<T>, value: string | null | undefined): boolean {
  return values.length === 0 || (typeof value === 'string' && (values as ReadonlyArray<string>).includes(value))
}

/**
 * Whether a decoded record passes the filters that apply after decoding (the
 * others are applied by {@link beforeDecoding}). A record whose `eventTime`
 * is not a time fails a time filter; one without `recipientAccountId` or
 * `awsRegion` fails a filter on it.
 *
 * @param filters - the filters
 * @param record - a decoded record
 * @param caller - its caller, as `describeCaller` tells it
 * @returns `true` to keep the record
 */
export function keepsRecord(filters: RecordFilters, record: CloudTrailRecord, caller: CallerDescription): boolean {
  if (filters.since !== undefined || filters.until !== undefined) {
    const ms = Date.parse(record.eventTime)
    if (Number.isNaN(ms)) return false
    if (filters.since !== undefined && ms < filters.since.ms) return false
    if (filters.until !== undefined && ms >= filters.until.ms) return false
  }
  return oneOf(filters.accounts, record.recipientAccountId) && oneOf(filters.regions, record.awsRegion) && oneOf(filters.callerClasses, caller.class)
}

/**
 * The filters as the command line spells them, for the report:
 * `--since 2026-11-02, --account 111122223333 or 444455556666`.
 *
 * @param filters - the filters
 * @returns the text; empty when there is no filter
 */
export function filtersText(filters: RecordFilters): string {
  const parts: string[] = []
  const add = (option: string, values: ReadonlyArray<string>): void => {
    if (values.length > 0) parts.push(`${option} ${values.join(' or ')}`)
  }
  add('--since', filters.since === undefined ? [] : [filters.since.text])
  add('--until', filters.until === undefined ? [] : [filters.until.text])
  add('--account', filters.accounts)
  add('--region', filters.regions)
  add('--event-source', filters.eventSources)
  add('--event-name', filters.eventNames)
  add('--caller-class', filters.callerClasses)
  return parts.join(', ')
}
