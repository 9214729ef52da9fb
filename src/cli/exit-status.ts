/**
 * The exit statuses of `cloudtrail-codecs`, as `--help` and docs/cli.md list
 * them. When several apply, the largest wins: an input that could not be read
 * (4) says more than a run that found nothing to read (3), which says more
 * than record issues (1).
 */
export const ExitStatus = {
  /** Done: every input was read (record issues do not count without `--strict`). */
  ok: 0,
  /** `--strict`, and at least one record issue. */
  issues: 1,
  /** The command line cannot be run: no command, an unknown option, a bad option value. */
  usage: 2,
  /** Nothing to read: the inputs hold no log file (an empty directory, or only digest files). */
  noInput: 3,
  /** An input could not be read: a path that does not exist, a permission denied, a read error. */
  unreadable: 4,
} as const

/** One of the exit statuses. */
export type ExitStatus = (typeof ExitStatus)[keyof typeof ExitStatus]

/** The exit statuses, one line each, for `--help`. */
export const EXIT_STATUS_TEXT = `Exit status (when several apply, the largest):
  0  done; record issues do not count without --strict
  1  --strict, and at least one record issue
  2  usage error
  3  no log file found in the inputs
  4  an input could not be read (the report covers the others)`
