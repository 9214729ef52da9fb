/**
 * A stand-in for S3 in the tests of the Lambda handler: objects in memory,
 * served over HTTP on the loopback interface only, and fetched with
 * `fetch` (so the handler reads a web `ReadableStream`, as from a real
 * download). An object can be made to fail midway: the connection is cut
 * after so many bytes.
 */
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { FetchObject, S3ObjectRef } from '../../src/lambda/index.js'

/** One stored object, and whether its download is cut after `cutAfter` bytes. */
export interface StoredObject {
  readonly body: Uint8Array
  readonly cutAfter?: number
}

export class LocalObjectStore {
  /** The objects, by `bucket/key`. */
  readonly objects = new Map<string, StoredObject>()
  /** Every request, as `bucket/key`, in order. */
  readonly requests: string[] = []
  private server: Server | undefined
  private port = 0

  put(bucket: string, key: string, body: Uint8Array, cutAfter?: number): void {
    this.objects.set(`${bucket}/${key}`, cutAfter === undefined ? { body } : { body, cutAfter })
  }

  async start(): Promise<void> {
    const server = createServer((request, response) => {
      const [, bucket = '', ...rest] = (request.url ?? '/').split('/')
      const key = decodeURIComponent(rest.join('/'))
      this.requests.push(`${bucket}/${key}`)
      const stored = this.objects.get(`${bucket}/${key}`)
      if (stored === undefined) {
        response.writeHead(404, { 'content-type': 'application/xml' }).end('<Error><Code>NoSuchKey</Code></Error>')
        return
      }
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(stored.body.byteLength) })
      if (stored.cutAfter === undefined) {
        response.end(stored.body)
        return
      }
      response.write(stored.body.subarray(0, stored.cutAfter), () => setTimeout(() => response.socket?.destroy(), 20))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    this.server = server
    this.port = (server.address() as AddressInfo).port
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve())
  }

  /** Fetches an object over HTTP, as an S3 client would; a missing object throws, as GetObject does. */
  readonly fetchObject: FetchObject = async ({ bucket, key }: S3ObjectRef) => {
    const response = await fetch(`http://127.0.0.1:${this.port}/${bucket}/${encodeURIComponent(key)}`)
    if (!response.ok) throw new Error(`GetObject s3://${bucket}/${key}: HTTP ${response.status}`)
    return response.body
  }
}
