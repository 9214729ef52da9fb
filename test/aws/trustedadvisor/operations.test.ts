import * as trustedAdvisorEntry from '../../../src/aws/trustedadvisor/index.js'
import { trustedAdvisor } from '../../../src/aws/trustedadvisor/index.js'
import { describeCorpus, describeOperations, describeSpecConformance } from './service-suite.js'
import type { ServiceUnderTest } from './service-suite.js'

const service: ServiceUnderTest = {
  folder: 'trustedadvisor',
  eventSource: 'trustedadvisor.amazonaws.com',
  service: trustedAdvisor,
  barrel: trustedAdvisorEntry,
}

describeOperations(service)
describeSpecConformance(service, 38)
describeCorpus(service, 6)
