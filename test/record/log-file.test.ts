import { either } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { problemsOf } from '../../src/errors/report.js'
import { DigestFile, LogFile } from '../../src/record/log-file.js'
import { apiCall } from './composed.js'

describe('LogFile', () => {
  it('accepts the S3 envelope, leaving the records to be decoded one by one', () => {
    const file = { Records: [apiCall(), 1, null] }
    const result = LogFile.decode(file)
    expect(either.isRight(result) && result.right).toBe(file)
  })

  it('accepts an empty Records array', () => {
    expect(LogFile.is({ Records: [] })).toBe(true)
  })

  it('rejects a Records that is not an array, naming the path', () => {
    const result = LogFile.decode({ Records: 5 })
    expect(either.isLeft(result) && problemsOf(result.left)).toStrictEqual([
      { path: '$.Records', expected: 'array', found: '5 (number)' },
    ])
  })

  it('keeps other keys of the envelope', () => {
    const file = { Records: [], deliveredBy: 'test' }
    expect(LogFile.encode(file)).toStrictEqual({ Records: [], deliveredBy: 'test' })
  })
})

describe('DigestFile', () => {
  const digest = {
    awsAccountId: '111122223333',
    digestStartTime: '2015-08-17T14:01:31Z',
    digestEndTime: '2015-08-17T15:01:31Z',
    digestS3Bucket: 'example-bucket',
    digestS3Object:
      'AWSLogs/111122223333/CloudTrail-Digest/us-east-2/2015/08/17/111122223333_CloudTrail-Digest_us-east-2_your-trail-name_us-east-2_20150817T150131Z.json.gz',
    digestPublicKeyFingerprint: '31e8b5433410dfb61a9dc45cc65b22ff',
    digestSignatureAlgorithm: 'SHA256withRSA',
    newestEventTime: null,
    oldestEventTime: null,
    previousDigestS3Bucket: null,
    previousDigestS3Object: null,
    previousDigestHashValue: null,
    previousDigestHashAlgorithm: null,
    previousDigestSignature: null,
    logFiles: [],
  }

  it('recognises a digest file, which has no Records', () => {
    expect(DigestFile.is(digest)).toBe(true)
    expect(LogFile.is(digest)).toBe(false)
  })

  it('does not take a log file for a digest', () => {
    expect(DigestFile.is({ Records: [] })).toBe(false)
  })
})
