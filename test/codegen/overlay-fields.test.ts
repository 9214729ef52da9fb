// What an overlay may add to a generated entry beyond key rules: value lists exported as codecs and guards,
// redactions, operations the model lacks, docs, names and an eventSource constant. A small made-up model keeps
// each rule visible; the Support family's overlays use every one of them on real models.
import { describe, expect, it } from 'vitest'
import { emitService } from '../../codegen/emit.js'
import type { Model } from '../../codegen/model.js'
import type { Overlay } from '../../codegen/overlay.js'
import type { ServicePlan } from '../../codegen/services.js'
import { buildTable } from '../../codegen/table.js'
import { modelService } from '../../src/services/model/model-service.js'

const model: Model = {
  metadata: {
    apiVersion: '2024-01-01',
    endpointPrefix: 'cases',
    serviceId: 'Cases',
    serviceFullName: 'Example Cases',
    protocol: 'json',
  },
  operations: {
    OpenCase: { name: 'OpenCase', input: { shape: 'OpenCaseRequest' }, output: { shape: 'OpenCaseResponse' } },
  },
  shapes: {
    OpenCaseRequest: {
      type: 'structure',
      members: { severity: { shape: 'Text' }, body: { shape: 'Text' }, size: { shape: 'Count' } },
    },
    OpenCaseResponse: { type: 'structure', members: { caseId: { shape: 'Text' } } },
    Text: { type: 'string' },
    Count: { type: 'integer' },
  },
}

const SEVERITY = { enum: 'Severity', values: ['low', 'high'] } as const

const overlay: Overlay = {
  value: 'exampleCases',
  prefix: 'ExampleCases',
  title: 'The Example Cases',
  eventSourceConstant: 'CASES_EVENT_SOURCE',
  summary: 'Every case call.\n\n@example\n```ts\nexampleCases.is({})   // false\n```',
  memberTypes: { OpenCaseRequest: { severity: SEVERITY, size: { hidden: 'n' } } },
  operations: {
    ViewCaseConsole: { readOnly: true },
    EscalateCaseConsole: {
      readOnly: false,
      request: { caseId: 's', severity: SEVERITY },
      response: { queued: 'b' },
      additional: { MFAUsed: { enum: 'YesNo', values: ['Yes', 'No'] } },
    },
  },
  docs: { OpenCase: 'Opens a case.\n\nreadOnly `false`.' },
  typeDocs: { Severity: 'How urgent a case is.', OpenCaseRequest: 'What `OpenCase` logs of its request.' },
  evidence: [],
}

function generate(withOverlay: Overlay): { source: string; table: ReturnType<typeof buildTable> } {
  const plan: ServicePlan = {
    file: 'cases',
    model,
    name: 'cases',
    value: withOverlay.value ?? 'cases',
    prefix: withOverlay.prefix ?? 'Cases',
    title: withOverlay.title ?? model.metadata.serviceFullName,
    eventSource: 'cases.amazonaws.com',
    style: 'json',
    overlay: withOverlay,
  }
  const table = buildTable(model, plan.style, withOverlay, [`${plan.prefix}Operations`, plan.value])
  return { source: emitService(plan, table), table }
}

describe('an overlay', () => {
  const { source, table } = generate(overlay)

  it('exports a value list as its open union, an open-enum codec and an isKnown guard, declared once', () => {
    expect(source).toContain("export type Severity = 'low' | 'high' | (string & {})")
    expect(source).toContain(
      "export const Severity: ct.OpenEnumType<'low' | 'high'> = /*#__PURE__*/ openEnum('Severity', ['low', 'high'])",
    )
    expect(source).toContain("export function isKnownSeverity(value: string): value is 'low' | 'high' {")
    expect(source).toContain("import { modelService, openEnum } from 'cloudtrail-codecs'")
    expect(source.match(/export type Severity /g)).toHaveLength(1)
    expect(source).toContain('  readonly severity?: Severity | null\n')
  })

  it('refuses one value list declared twice with other values', () => {
    const clash: Overlay = { ...overlay, operations: { X: { readOnly: true, request: { s: { enum: 'Severity', values: ['low'] } } } } }
    expect(() => generate(clash)).toThrow(/Severity is declared twice/)
  })

  it('marks a redacted member: its value or HIDDEN_DUE_TO_SECURITY_REASONS', () => {
    expect(source).toContain('  readonly size?: number | ct.HiddenDueToSecurityReasons | null\n')
    const request = table.shapes[table.operations[0]?.request as number] as readonly (string | number)[]
    const size = table.shapes[request[request.indexOf('size') + 1] as number]
    expect(size).toStrictEqual(['H', table.shapes.indexOf('n')])
  })

  it('adds the operations the model lacks after the model’s, typed by their keys or any value', () => {
    expect(table.operations.map((o) => [o.eventName, o.readOnly, o.modelled])).toStrictEqual([
      ['OpenCase', false, true],
      ['ViewCaseConsole', true, false],
      ['EscalateCaseConsole', false, false],
    ])
    expect(table.operations[1]).toMatchObject({ request: -1, response: -1, requestTs: 'unknown', responseTs: 'unknown' })
    expect(source).toContain('export interface EscalateCaseConsoleRequest {\n  readonly caseId?: string | null\n  readonly severity?: Severity | null\n}')
    expect(source).toContain('an operation CloudTrail logs that the API model lacks')
    expect(table.operations[2]?.additional?.ts).toBe('EscalateCaseConsoleAdditionalEventData')
    expect(source).toContain('export interface EscalateCaseConsoleAdditionalEventData {\n  readonly MFAUsed?: YesNo | null\n}')
    expect(source).toContain('readonly additional: EscalateCaseConsoleAdditionalEventData }')
    expect(source).toContain('1 operations, typed from the AWS API model')
    expect(source).toContain('and 2 operations the model lacks')
  })

  it('names a model shape as the entry has always exported it', () => {
    const named = generate({ ...overlay, typeNames: { OpenCaseResponse: 'CaseOpened' } })
    expect(named.source).toContain("/** As the model's shape `OpenCaseResponse`, named by the service's overlay. */\nexport interface CaseOpened {")
    expect(named.source).not.toContain('interface OpenCaseResponse')
    expect(() => generate({ ...overlay, typeNames: { OpenCaseResponse: 'Severity' } })).toThrow(/Severity is taken/)
  })

  it('refuses an added operation the model has', () => {
    expect(() => generate({ ...overlay, operations: { OpenCase: { readOnly: false } } })).toThrow(/adds OpenCase, which the model has/)
  })

  it('writes its docs, names, title and eventSource constant', () => {
    expect(source).toContain('  /**\n   * Opens a case.\n   *\n   * readOnly `false`.\n   */\n  readonly OpenCase:')
    expect(source).toContain('/**\n * How urgent a case is.\n */\nexport type Severity')
    expect(source).toContain('/**\n * What `OpenCase` logs of its request.\n */\nexport interface OpenCaseRequest')
    expect(source).toContain('/**\n * Every case call.\n *\n * @example')
    expect(source).toContain("export const CASES_EVENT_SOURCE: 'cases.amazonaws.com' = 'cases.amazonaws.com'")
    expect(source).toContain('  eventSource: CASES_EVENT_SOURCE,\n')
    expect(source).toContain("export const exampleCases: ct.ModelService<'cases.amazonaws.com', ExampleCasesOperations>")
    expect(source).toContain("  title: 'The Example Cases',\n")
  })

  it('gives a table the runtime reads: the value list open, the added operations checked', () => {
    const service = modelService({
      name: 'cases',
      title: 'The Example Cases',
      eventSource: 'cases.amazonaws.com',
      protocol: 'json',
      apiVersion: '2024-01-01',
      table: {
        shapes: table.shapes as never,
        operations: Object.fromEntries(
          table.operations.map((o) => [
            o.eventName,
            o.additional === undefined
              ? ([o.request, o.response, o.readOnly ? 1 : 0] as const)
              : ([o.request, o.response, o.readOnly ? 1 : 0, o.additional.ref] as const),
          ]),
        ),
      },
    })
    const record = (eventName: string, requestParameters: unknown): unknown => ({
      eventVersion: '1.08',
      eventTime: '2024-05-01T10:00:00Z',
      eventSource: 'cases.amazonaws.com',
      eventName,
      awsRegion: 'us-east-1',
      sourceIPAddress: '192.0.2.1',
      userAgent: 'console.amazonaws.com',
      eventID: '3e1bd8c2-0d9d-4e38-9e3c-1c1b5b3c1a10',
      eventType: 'AwsApiCall',
      recipientAccountId: '111122223333',
      userIdentity: { type: 'Root', principalId: '111122223333', arn: 'arn:aws:iam::111122223333:root', accountId: '111122223333' },
      requestParameters,
      responseElements: null,
    })
    expect(service.is(record('OpenCase', { severity: 'critical-new-value', size: 'HIDDEN_DUE_TO_SECURITY_REASONS' }))).toBe(true)
    expect(service.is(record('OpenCase', { size: 'three' }))).toBe(false)
    expect(service.is(record('EscalateCaseConsole', { caseId: 'case-1', severity: 'high', extra: [1] }))).toBe(true)
    expect(service.is(record('EscalateCaseConsole', { caseId: 7 }))).toBe(false)
    const escalated = (additionalEventData: unknown): unknown => ({ ...(record('EscalateCaseConsole', {}) as object), additionalEventData })
    expect(service.is(escalated({ MFAUsed: 'No', LoginTo: 'https://console.aws.amazon.com' }))).toBe(true)
    expect(service.is(escalated({ MFAUsed: false }))).toBe(false)
    expect(service.is(record('ViewCaseConsole', { anything: { at: 'all' } }))).toBe(true)
  })
})
