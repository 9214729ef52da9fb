import * as trustedAdvisor from '../../../src/services/trustedadvisor/index.js'
import { describeCorpus, describeOperations, describeSpecConformance } from './service-suite.js'
import type { ServiceUnderTest } from './service-suite.js'

const service: ServiceUnderTest = {
  folder: 'trustedadvisor',
  eventSource: 'trustedadvisor.amazonaws.com',
  operations: trustedAdvisor.trustedAdvisorOperations,
  isServiceEvent: trustedAdvisor.isTrustedAdvisorEvent,
  barrel: trustedAdvisor,
}

describeOperations(service)
describeSpecConformance(service, 38)
describeCorpus(service, 6)
