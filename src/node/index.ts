/**
 * Reading CloudTrail files on every core (Node.js only): {@link readFiles}
 * spreads files over worker threads and yields their entries in the order
 * the files were given, as one thread reading them one after the other
 * would; {@link mapFiles} also runs a function of yours on each entry in the
 * worker that decoded it, so that only what it returns crosses threads.
 *
 * @module cloudtrail-codecs/node
 */
export { mapFiles, readFiles } from './read-files.js'
export type { FileEntry, FileInput, FileValue, ReadFilesOptions } from './read-files.js'
export type { EntryTransform, TransformFunction } from './transform.js'
export { inflateGzip } from './inflate-gzip.js'
