import { fc, test as fcTest } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { supportCaseTimelines } from '../../src/audit/index.js'
import type { SupportCaseTimelines } from '../../src/audit/index.js'
import { describeCaller } from '../../src/identity/index.js'
import { alice, bob, ciBot, record, root, scrambled } from './fixtures.js'

const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS'
const c1 = 'case-111122223333-muen-2026-aaaaaaaaaaaaaaaa'
const c2 = 'case-111122223333-muen-2026-bbbbbbbbbbbbbbbb'
const c3 = 'case-444455556666-muen-2026-cccccccccccccccc'
const set1 = 'as-1111111111111111-mu-EXAMPLE1'
const set2 = 'as-2222222222222222-mu-EXAMPLE2'

const e01 = record({
  id: '01', time: '10:00:00', who: alice, name: 'AddAttachmentsToSet',
  request: { attachments: [{ fileName: 'a.log', data: HIDDEN }] },
  response: { attachmentSetId: set1, expiryTime: 'Mon Nov 02 11:00:00 UTC 2026' },
})
const e02 = record({
  id: '02', time: '10:01:00', who: alice, name: 'CreateCase',
  request: {
    severityCode: 'high', serviceCode: 'amazon-elastic-compute-cloud-linux', categoryCode: 'instance-issue',
    language: 'en', issueType: 'technical', attachmentSetId: set1,
  },
  response: { caseId: c1 },
})
const e03 = record({
  id: '03', time: '10:02:00', who: bob, name: 'CreateCase', account: '444455556666',
  request: { severityCode: 'low', serviceCode: 'billing', categoryCode: 'other', language: 'ja', issueType: 'customer-service' },
  response: { caseId: c3 },
})
const e04 = record({ id: '04', time: '10:03:00', who: ciBot, name: 'DescribeCases', request: { caseIdList: [c1, c2] } })
const e05 = record({
  id: '05', time: '10:04:00', who: ciBot, name: 'AddCommunicationToCase',
  request: { caseId: c2, attachmentSetId: 'as-missing' }, error: 'AttachmentSetIdNotFound',
})
const e06 = record({
  id: '06', time: '10:05:00', who: alice, name: 'AddAttachmentsToSet',
  request: { attachments: [{ fileName: 'b.pcap', data: HIDDEN }, { fileName: 'c.txt', data: HIDDEN }] },
  response: { attachmentSetId: set2, expiryTime: 'Mon Nov 02 11:05:00 UTC 2026' },
})
const e07 = record({
  id: '07', time: '10:06:00', who: alice, name: 'AddCommunicationToCase',
  request: { caseId: c1, attachmentSetId: set2, communicationBody: HIDDEN }, response: { result: true },
})
const e08 = record({
  id: '08', time: '10:07:00', who: alice, name: 'DescribeCommunications', request: { caseId: c1 },
  response: {
    communications: [
      { caseId: c1, submittedBy: 'alice@example.com', attachmentSet: [{ attachmentId: 'attachment-1', fileName: 'b.pcap' }] },
    ],
  },
})
const e09 = record({ id: '09', time: '10:08:00', who: ciBot, name: 'DescribeAttachment', request: { attachmentId: 'attachment-1' } })
const e10 = record({
  id: '10', time: '10:09:00', who: root, name: 'ResolveCase', request: { caseId: c1 },
  response: { initialCaseStatus: 'pending-customer-action', finalCaseStatus: 'resolved' },
})
const e11 = record({
  id: '11', time: '10:10:00', who: bob, name: 'ResolveCase', account: '444455556666', request: { caseId: c3 },
  response: { initialCaseStatus: 'unassigned', finalCaseStatus: 'resolved' },
})
const e12 = record({ id: '12', time: '10:11:00', who: ciBot, name: 'CreateCase', error: 'AccessDenied' })
const e13 = record({
  id: '13', time: '10:12:00', who: ciBot, name: 'AddAttachmentsToSet',
  request: { attachments: [{ fileName: 'orphan.txt', data: HIDDEN }] },
  response: { attachmentSetId: 'as-orphan' },
})
const e14 = record({ id: '14', time: '10:13:00', who: ciBot, name: 'DescribeCases', request: { includeResolvedCases: true } })
const e15 = record({ id: '15', time: '10:14:00', who: ciBot, name: 'ResolveCase', request: { caseId: c2 }, error: 'AccessDenied' })

/** Records that are not case calls: they must change nothing. */
const noise: unknown[] = [
  record({ id: '90', time: '09:00:00', who: ciBot, name: 'DescribeServices', request: { language: 'en' } }),
  record({ id: '91', time: '09:01:00', who: ciBot, name: 'RefreshTrustedAdvisorCheck', request: { checkId: 'Pfx0RwqBli' } }),
  record({ id: '92', time: '09:02:00', who: ciBot, source: 'ec2.amazonaws.com', name: 'DescribeInstances', request: { caseId: c1 } }),
  // A CreateCase whose payload does not match its operation: the sound guard rejects it.
  record({ id: '93', time: '09:03:00', who: ciBot, name: 'CreateCase', request: { severityCode: 5 }, response: { caseId: c1 } }),
  null,
  'CreateCase',
  { eventName: 'CreateCase', responseElements: { caseId: c1 } },
]

const events = [e01, e02, e03, e04, e05, e06, e07, e08, e09, e10, e11, e12, e13, e14, e15]

/** The fields every entry shares, read from its record. */
function call(r: Record<string, unknown>) {
  return {
    eventTime: r['eventTime'] as string,
    eventSource: 'support.amazonaws.com',
    eventName: r['eventName'] as string,
    eventId: r['eventID'] as string,
    caller: describeCaller(r),
  }
}

function failed(r: Record<string, unknown>) {
  return { kind: 'failed' as const, ...call(r), errorCode: r['errorCode'] as string, errorMessage: r['errorMessage'] as string }
}

const upload1 = { kind: 'attachment' as const, ...call(e01), attachmentSetId: set1, fileNames: ['a.log'] }
const created1 = { kind: 'created' as const, ...call(e02), attachmentSetId: set1 }
const created3 = { kind: 'created' as const, ...call(e03), attachmentSetId: undefined }
const described04 = { kind: 'described' as const, ...call(e04) }
const failed05 = failed(e05)
const upload2 = { kind: 'attachment' as const, ...call(e06), attachmentSetId: set2, fileNames: ['b.pcap', 'c.txt'] }
const reply07 = { kind: 'communication' as const, ...call(e07), attachmentSetId: set2 }
const described08 = { kind: 'described' as const, ...call(e08) }
const described09 = { kind: 'described' as const, ...call(e09) }
const resolved10 = {
  kind: 'resolved' as const, ...call(e10), initialCaseStatus: 'pending-customer-action', finalCaseStatus: 'resolved',
}
const resolved11 = { kind: 'resolved' as const, ...call(e11), initialCaseStatus: 'unassigned', finalCaseStatus: 'resolved' }
const failed12 = failed(e12)
const orphanUpload = { kind: 'attachment' as const, ...call(e13), attachmentSetId: 'as-orphan', fileNames: ['orphan.txt'] }
const described14 = { kind: 'described' as const, ...call(e14) }
const failed15 = failed(e15)

const expected: SupportCaseTimelines = {
  cases: [
    {
      caseId: c1,
      accountId: '111122223333',
      creationInInput: true,
      created: created1,
      severityCode: 'high',
      serviceCode: 'amazon-elastic-compute-cloud-linux',
      categoryCode: 'instance-issue',
      language: 'en',
      issueType: 'technical',
      firstSeen: '2026-11-02T10:00:00Z',
      lastSeen: '2026-11-02T10:09:00Z',
      communications: [reply07],
      attachments: [upload1, upload2],
      describes: [described04, described08, described09],
      resolved: resolved10,
      failedCalls: [],
      timeline: [upload1, created1, described04, upload2, reply07, described08, described09, resolved10],
    },
    {
      caseId: c3,
      accountId: '444455556666',
      creationInInput: true,
      created: created3,
      severityCode: 'low',
      serviceCode: 'billing',
      categoryCode: 'other',
      language: 'ja',
      issueType: 'customer-service',
      firstSeen: '2026-11-02T10:02:00Z',
      lastSeen: '2026-11-02T10:10:00Z',
      communications: [],
      attachments: [],
      describes: [],
      resolved: resolved11,
      failedCalls: [],
      timeline: [created3, resolved11],
    },
    {
      caseId: c2,
      accountId: '111122223333',
      creationInInput: false,
      created: undefined,
      severityCode: undefined,
      serviceCode: undefined,
      categoryCode: undefined,
      language: undefined,
      issueType: undefined,
      firstSeen: '2026-11-02T10:03:00Z',
      lastSeen: '2026-11-02T10:14:00Z',
      communications: [],
      attachments: [],
      describes: [described04],
      resolved: undefined,
      failedCalls: [failed05, failed15],
      timeline: [described04, failed05, failed15],
    },
  ],
  withoutCase: [failed12, orphanUpload, described14],
}

describe('supportCaseTimelines', () => {
  it('builds the exact timelines of several interleaved cases, with attachments, reads, resolutions and failures', () => {
    expect(supportCaseTimelines(events)).toStrictEqual(expected)
  })

  it('gives the same timelines whatever the input order', () => {
    expect(supportCaseTimelines(scrambled(events))).toStrictEqual(expected)
    expect(supportCaseTimelines([...events].reverse())).toStrictEqual(expected)
  })

  fcTest.prop([fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length })], { numRuns: 50 })(
    'gives the same timelines for any permutation of the input',
    (permutation) => {
      expect(supportCaseTimelines(permutation)).toStrictEqual(expected)
    },
  )

  it('ignores records that are not Support case calls, and counts a record delivered twice once', () => {
    const input = [...noise.slice(0, 3), ...scrambled(events), ...noise.slice(3), { ...e07 }, e02]
    expect(supportCaseTimelines(input)).toStrictEqual(expected)
  })

  it('reads any iterable, such as a generator', () => {
    function* generate() {
      yield* events
    }
    expect(supportCaseTimelines(generate())).toStrictEqual(expected)
  })

  it('keeps a case whose creation is not in the input, with its events in order', () => {
    const { cases, withoutCase } = supportCaseTimelines([e15, e05, e04])
    expect(withoutCase).toStrictEqual([])
    expect(cases.map((c) => [c.caseId, c.creationInInput, c.timeline.map((e) => e.eventId)])).toStrictEqual([
      [c1, false, ['evt-04']],
      [c2, false, ['evt-04', 'evt-05', 'evt-15']],
    ])
  })

  it('does not tie an upload to a case when the only call that sent its set failed', () => {
    const failedReply = record({
      id: '20', time: '11:00:00', who: ciBot, name: 'AddCommunicationToCase',
      request: { caseId: c2, attachmentSetId: set2 }, error: 'AttachmentSetExpired',
    })
    const { cases, withoutCase } = supportCaseTimelines([e06, failedReply])
    expect(cases).toStrictEqual([
      {
        caseId: c2, accountId: '111122223333', creationInInput: false, created: undefined,
        severityCode: undefined, serviceCode: undefined, categoryCode: undefined, language: undefined, issueType: undefined,
        firstSeen: '2026-11-02T11:00:00Z', lastSeen: '2026-11-02T11:00:00Z',
        communications: [], attachments: [], describes: [], resolved: undefined,
        failedCalls: [failed(failedReply)], timeline: [failed(failedReply)],
      },
    ])
    expect(withoutCase).toStrictEqual([upload2])
  })

  it('takes case ids from a logged DescribeCases response too', () => {
    const listing = record({
      id: '30', time: '12:00:00', who: ciBot, name: 'DescribeCases', request: { includeResolvedCases: true },
      response: { cases: [{ caseId: c2, status: 'opened' }, { caseId: c1, status: 'resolved' }] },
    })
    const { cases, withoutCase } = supportCaseTimelines([listing])
    expect(withoutCase).toStrictEqual([])
    expect(cases.map((c) => [c.caseId, c.describes])).toStrictEqual([
      [c1, [{ kind: 'described', ...call(listing) }]],
      [c2, [{ kind: 'described', ...call(listing) }]],
    ])
  })

  it('orders by instant (fractions of a second too), then eventID; keeps every record without an eventID', () => {
    const read = (id: string, time: string) => record({ id, time, who: ciBot, name: 'DescribeCommunications', request: { caseId: c1 } })
    const withoutId = (time: string, who: object) => {
      const { eventID: _, ...rest } = record({ id: 'x', time, who, name: 'DescribeCommunications', request: { caseId: c1 } })
      return rest
    }
    const input = [
      read('b', '10:00:00'),
      withoutId('10:00:00', root),
      read('c', '10:00:00.250'),
      read('a', '10:00:00'),
      withoutId('10:00:00', alice),
      read('d', '09:59:59.999'),
    ]
    const order = (entries: ReadonlyArray<{ eventTime: string; eventId: string | undefined; caller: { arn: string | undefined } }>) =>
      entries.map((e) => `${e.eventTime} ${e.eventId ?? e.caller.arn ?? ''}`)
    const expectedOrder = [
      '2026-11-02T09:59:59.999Z evt-d',
      '2026-11-02T10:00:00Z evt-a',
      '2026-11-02T10:00:00Z evt-b',
      `2026-11-02T10:00:00Z ${root.arn}`,
      `2026-11-02T10:00:00Z ${alice.arn}`,
      '2026-11-02T10:00:00.250Z evt-c',
    ]
    expect(order(supportCaseTimelines(input).cases[0]?.timeline ?? [])).toStrictEqual(expectedOrder)
    expect(order(supportCaseTimelines([...input].reverse()).cases[0]?.timeline ?? [])).toStrictEqual(expectedOrder)
  })

  it('returns nothing for an empty input', () => {
    expect(supportCaseTimelines([])).toStrictEqual({ cases: [], withoutCase: [] })
  })
})
