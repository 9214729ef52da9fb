// The function examples/count-event-names.ts runs in its worker threads: a record's eventName. Workers
// import it by URL, so it lives in a module of its own, in JavaScript (a worker runs no TypeScript loader).

/**
 * A record's eventName (Insights events have none); nothing for issues and skipped records.
 *
 * @param {import('cloudtrail-codecs').DecodedEntry} entry - a decoded entry
 * @returns {string | undefined} what reaches the main thread
 */
export function eventName(entry) {
  return entry.kind === 'record' ? (entry.record.eventName ?? undefined) : undefined
}
