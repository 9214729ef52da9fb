export type { IssueKind, Problem, ParseIssue } from './issue.js'
export { describeValue, EXCERPT_LIMIT } from './excerpt.js'
export { problemsOf, formatProblems, MAX_PROBLEMS } from './report.js'
