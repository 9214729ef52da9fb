import type { IssueKind, ParseIssue, Problem } from './issue.js'
import { formatProblems } from './report.js'

/** An issue before it has its index and message: what `sources/` and decoders report. */
export interface IssueDraft {
  readonly kind: IssueKind
  readonly problems: ReadonlyArray<Problem>
  readonly location?: string
  readonly position?: number
  readonly raw?: unknown
  /** A sentence that replaces the list of problems in the message. */
  readonly detail?: string
}

/**
 * Completes an issue: its message names the record index (if any), the
 * location (unless it is the input itself, `$`), then each problem's path,
 * expectation and finding.
 *
 * @param draft - what went wrong
 * @param index - the record's index, for an issue about one record
 * @returns the finished issue
 */
export function makeIssue(draft: IssueDraft, index?: number): ParseIssue {
  const first = draft.problems[0] ?? { path: '$', expected: 'a value', found: 'nothing (missing)' }
  const where = [
    index === undefined ? 'input' : `record ${index}`,
    draft.location === undefined || draft.location === '$' ? '' : ` at ${draft.location}`,
    draft.position === undefined ? '' : ` (position ${draft.position})`,
  ].join('')
  const message = `${where}: ${draft.detail ?? formatProblems(draft.problems)}`
  return {
    kind: draft.kind,
    message,
    path: first.path,
    expected: first.expected,
    found: first.found,
    problems: draft.problems,
    ...(index === undefined ? {} : { index }),
    ...(draft.location === undefined ? {} : { location: draft.location }),
    ...(draft.position === undefined ? {} : { position: draft.position }),
    ...(draft.raw === undefined ? {} : { raw: draft.raw }),
  }
}
