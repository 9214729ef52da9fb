/**
 * The messages between the viewer's page (viewer/main.ts) and its decoding worker (viewer/worker.ts).
 * The worker reads and decodes; the page only draws what the worker sends: progress while it reads, and one
 * bounded report at the end (every list capped, with how many more there were).
 */

/** From the page to the worker: read these files, one after another. */
export interface OpenFiles {
  readonly type: 'open'
  readonly files: ReadonlyArray<File>
}

/** How far the worker is. Sizes are bytes as stored on disk (compressed for `.json.gz`). */
export interface Progress {
  readonly fileIndex: number
  readonly fileCount: number
  readonly fileName: string
  readonly fileBytes: number
  readonly fileBytesRead: number
  readonly totalBytes: number
  readonly totalBytesRead: number
  readonly records: number
  readonly issues: number
}

/** One call of an audit timeline, as text: when, what happened, who did it. */
export interface CallView {
  readonly time: string
  readonly what: string
  readonly who: string
  readonly failed: boolean
}

/** A list cut to its first entries, and how many were left out. */
export interface Capped<T> {
  readonly items: ReadonlyArray<T>
  readonly more: number
}

/** One file read. */
export interface FileView {
  readonly name: string
  readonly bytes: number
  readonly records: number
  readonly issues: number
}

/** The callers of one class. */
export interface CallerClassView {
  readonly callerClass: string
  readonly count: number
  /** The principals with the most records, most first. */
  readonly principals: ReadonlyArray<{ readonly label: string; readonly count: number }>
  /** Records of the principals not listed. */
  readonly otherRecords: number
  /** Principals not listed (at least this many when `principalsCapped`). */
  readonly otherPrincipals: number
  /** Whether more distinct principals were seen than the worker keeps apart. */
  readonly principalsCapped: boolean
}

/** Records per eventSource over time: one column per bucket, one series per source. */
export interface ChartView {
  readonly unit: 'hour' | 'day' | 'month' | 'year'
  /** The sources drawn in their own colour, most records first; the rest are summed into `other`. */
  readonly series: ReadonlyArray<string>
  readonly hasOther: boolean
  /** Each bucket's start (ISO text) and its counts, in the order of `series` (then `other`). */
  readonly buckets: ReadonlyArray<{ readonly start: string; readonly counts: ReadonlyArray<number> }>
  /** Records whose eventTime could not be placed. */
  readonly undated: number
}

/** One Support case. */
export interface CaseView {
  readonly caseId: string
  readonly accountId: string | undefined
  /** Severity, service, category, language, issue type; or that the case was opened before these logs. */
  readonly details: string
  readonly status: string
  readonly timeline: Capped<CallView>
}

/** One Trusted Advisor check or recommendation. */
export interface SubjectView {
  readonly id: string
  readonly summary: string
  readonly timeline: Capped<CallView>
}

/** One issue: a record (or a part of the input) that did not decode. */
export interface IssueView {
  readonly file: string
  readonly kind: string
  readonly index: number | undefined
  readonly location: string | undefined
  readonly path: string
  readonly message: string
}

/** Everything the page shows once the files are read. */
export interface Report {
  readonly files: ReadonlyArray<FileView>
  readonly records: number
  readonly issues: number
  readonly bytes: number
  readonly elapsedMs: number
  readonly firstTime: string | undefined
  readonly lastTime: string | undefined
  /** The titles of the services whose operations are checked (`awsServices`). */
  readonly typedServices: ReadonlyArray<string>
  /** Records of the operations the typed services know, checked against their codecs; per service. */
  readonly typed: ReadonlyArray<{ readonly service: string; readonly title: string; readonly count: number }>
  readonly callers: ReadonlyArray<CallerClassView>
  readonly sources: Capped<{ readonly source: string; readonly count: number }>
  readonly chart: ChartView
  readonly cases: Capped<CaseView>
  readonly casesWithoutCase: Capped<CallView>
  readonly checks: Capped<SubjectView>
  readonly recommendations: Capped<SubjectView>
  readonly settingsChanges: Capped<CallView>
  readonly trustedAdvisorFailed: Capped<CallView>
  /** Support and Trusted Advisor records the audit sections were made from. */
  readonly auditRecords: number
  /** Support and Trusted Advisor records left out of the audit because there were too many to hold. */
  readonly auditRecordsDropped: number
  readonly issueKinds: ReadonlyArray<{ readonly kind: string; readonly count: number }>
  readonly issueList: Capped<IssueView>
}

/** From the worker to the page. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly progress: Progress }
  | { readonly type: 'report'; readonly report: Report }
  | { readonly type: 'failed'; readonly message: string }
