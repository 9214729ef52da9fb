/**
 * Generates CloudTrail log files of any size, lazily, for the streaming and
 * browser tests. The records are composed here (example account
 * 111122223333) and vary in size, escapes and non-ASCII text, so that chunk
 * boundaries fall everywhere.
 */

const NAMES = ['DescribeCases', 'CreateCase', 'GetObject', 'AssumeRole', 'ConsoleLogin'] as const

/**
 * One composed record, different for every `n`.
 *
 * @param n - the record's number
 * @returns the record
 */
export function generatedRecord(n: number): Record<string, unknown> {
  const name = NAMES[n % NAMES.length] ?? 'GetObject'
  return {
    eventVersion: '1.08',
    userIdentity: {
      type: 'AssumedRole',
      principalId: `AROAEXAMPLE${n % 97}:session-${n}`,
      arn: `arn:aws:sts::111122223333:assumed-role/Admin/session-${n}`,
      accountId: '111122223333',
      accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
      sessionContext: {
        sessionIssuer: { type: 'Role', principalId: 'AROAEXAMPLE', arn: 'arn:aws:iam::111122223333:role/Admin', accountId: '111122223333', userName: 'Admin' },
        attributes: { creationDate: '2024-03-01T10:00:00Z', mfaAuthenticated: n % 2 === 0 ? 'true' : 'false' },
      },
    },
    eventTime: `2024-03-01T10:${String(n % 60).padStart(2, '0')}:${String((n * 7) % 60).padStart(2, '0')}Z`,
    eventSource: 'example.amazonaws.com',
    eventName: name,
    awsRegion: 'us-east-1',
    sourceIPAddress: `192.0.2.${n % 256}`,
    userAgent: `aws-cli/2.15.${n % 40} Python/3.11 "quoted" back\\slash`,
    requestParameters: {
      subject: n % 10 === 0 ? `Café ☕ ticket #${n} — naïve “quotes” 😀` : `ticket #${n} "quoted"`,
      tags: Array.from({ length: n % 5 }, (_, i) => ({ key: `k${i}`, value: 'v'.repeat((n + i) % 50) })),
      nested: { list: [n, n + 0.5, -n - 1, true, null], text: `line1\nline2\ttab \u0001 ${'x'.repeat(n % 300)}` },
    },
    responseElements: n % 3 === 0 ? null : { ok: true, id: `id-${n}` },
    requestID: `c0ffee00-0000-4000-8000-${String(n).padStart(12, '0')}`,
    eventID: `e0e0e0e0-0000-4000-8000-${String(n).padStart(12, '0')}`,
    readOnly: n % 2 === 0,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
  }
}

const encoder = new TextEncoder()

/**
 * A log file `{"Records":[...]}` of at least `targetBytes` bytes, produced
 * lazily in chunks of about `chunkBytes` bytes (never held whole). Wrap it in
 * `Readable.from` or `ReadableStream.from` to deliver it as a stream.
 *
 * @param targetBytes - the least size of the file
 * @param chunkBytes - about how large each chunk is
 * @returns the chunks; `count` and `bytes` tell how many records and bytes were produced so far
 */
export function generatedLogFile(
  targetBytes: number,
  chunkBytes = 1 << 16,
): { readonly chunks: Generator<Uint8Array>; readonly count: () => number; readonly bytes: () => number } {
  let records = 0
  let written = 0
  function* chunks(): Generator<Uint8Array> {
    let pending = '{"Records":['
    while (written + pending.length < targetBytes) {
      pending += `${records === 0 ? '' : ','}${JSON.stringify(generatedRecord(records))}`
      records++
      if (pending.length >= chunkBytes) {
        const bytes = encoder.encode(pending)
        written += bytes.length
        pending = ''
        yield bytes
      }
    }
    const bytes = encoder.encode(`${pending}]}`)
    written += bytes.length
    yield bytes
  }
  return { chunks: chunks(), count: () => records, bytes: () => written }
}
