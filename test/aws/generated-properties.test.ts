/**
 * Properties of the generated services themselves: payloads built from a service's own table (valid by
 * construction) are accepted by the operation's guard, decode to the very record (so encoding gives it back); one
 * leaf made wrong is rejected, with its path, by the guard and by `parseRecords`. Over the largest and most
 * asked-for services and a spread of the others.
 */
import fc from 'fast-check'
import { isRight } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { loadService, serviceModuleLoaders } from '../../src/aws/index.js'
import { appendPath } from '../../src/errors/report.js'
import { parseRecords } from '../../src/parse/parse-records.js'
import type { ModelService } from '../../src/services/model/types.js'
import { propertyRuns, propertyTimeout } from '../support/arbitraries.js'
import { leavesOf, replaced, valueOf } from '../support/model-values.js'

const named = ['ec2', 'iam', 'sts', 's3', 'kms', 'lambda', 'organizations', 'sso-admin', 'supportauthz', 'cloudwatch-logs']
/** Every 40th of the other services, so that each protocol and generator rule takes part. */
const spread = Object.keys(serviceModuleLoaders)
  .filter((name) => !named.includes(name))
  .filter((_, i) => i % 40 === 0)
const runs = Math.max(20, Math.round(propertyRuns / 100))

function recordOf(service: ModelService, eventName: string, requestParameters: unknown): Record<string, unknown> {
  return {
    eventVersion: '1.09',
    eventTime: '2026-11-30T12:00:00Z',
    eventSource: service.eventSource,
    eventName,
    awsRegion: 'us-east-1',
    requestParameters,
    responseElements: null,
    eventID: '00000000-0000-4000-8000-000000000001',
  }
}

async function modelServiceOf(name: string): Promise<ModelService> {
  const service = await loadService(name)
  if (service === undefined || !('table' in service)) throw new Error(`${name} is not a generated service`)
  return service as ModelService
}

describe.each([...named, ...spread])('generated service %s', (name) => {
  it('accepts payloads built from its table, as the very record, and rejects one leaf made wrong with its path', { timeout: propertyTimeout }, async () => {
    const service = await modelServiceOf(name)
    const typed = Object.entries(service.table.operations).filter(([, [request]]) => request >= 0)
    expect(typed.length).toBeGreaterThan(0)
    const cases = fc.constantFrom(...typed).chain(([eventName, [request]]) =>
      fc.tuple(fc.constant(eventName), fc.constant(request), valueOf(service.table, request, 3)),
    )
    fc.assert(
      fc.property(cases, ([eventName, request, value]) => {
        const operation = service.operation(eventName)!
        const record = recordOf(service, eventName, value)
        expect(operation.is(record)).toBe(true)
        expect(service.is(record)).toBe(true)
        const { records, issues } = parseRecords([record], { services: [service] })
        expect(issues).toStrictEqual([])
        expect(records[0]).toBe(record)
        const decoded = operation.event.decode(record)
        expect(isRight(decoded) && decoded.right).toBe(record)
        const leaves = leavesOf(service.table, request, value, [], [])
        if (leaves.length === 0) return
        const leaf = leaves[leaves.length - 1]!
        const wrong = recordOf(service, eventName, replaced(value, leaf.path, leaf.wrong))
        expect(operation.is(wrong)).toBe(false)
        const parsed = parseRecords([wrong], { services: [service], onOperationMismatch: 'issue' })
        expect(parsed.records).toStrictEqual([])
        const expected = leaf.path.reduce<string>((at, key) => appendPath(at, key), '$.requestParameters')
        expect(parsed.issues.map((issue) => issue.problems.map((p) => p.path))).toStrictEqual([[expected]])
      }),
      { numRuns: runs },
    )
  })
})
