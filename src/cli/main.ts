#!/usr/bin/env node
/**
 * The `cloudtrail-codecs` command: `cloudtrail-codecs summarize <file|dir|->...`.
 * Node only; nothing in the library imports it.
 */
import { isMainThread } from 'node:worker_threads'
import { parseArguments, USAGE } from './args.js'
import { ExitStatus } from './exit-status.js'
import { summarize } from './summarize.js'
import type { CliStreams } from './summarize.js'
import { packageVersion } from './version.js'

/**
 * Runs the command line.
 *
 * @param argv - the arguments after `node` and the script
 * @param streams - where to read and write
 * @returns the exit status (see {@link ExitStatus})
 */
export async function run(argv: ReadonlyArray<string>, streams: CliStreams): Promise<number> {
  const command = parseArguments(argv)
  switch (command.kind) {
    case 'help':
      streams.stdout.write(USAGE)
      return ExitStatus.ok
    case 'version':
      streams.stdout.write(`${await packageVersion()}\n`)
      return ExitStatus.ok
    case 'usage-error':
      streams.stderr.write(`cloudtrail-codecs: ${command.message}\n\n${USAGE}`)
      return ExitStatus.usage
    case 'summarize':
      return summarize(command, streams)
  }
}

// With --jobs, each worker thread imports this bundle for `summaryFile` (the per-file work): it
// must find it exported here, and must not run the command.
export { summaryFile } from './summary-part.js'

if (isMainThread) {
  // A reader that stops early (`| head`) closes the pipe: stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })

  process.exitCode = await run(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  })
}
