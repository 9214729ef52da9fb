import * as supportAppEntry from '../../../src/aws/support-app/index.js'
import { supportApp } from '../../../src/aws/support-app/index.js'
import { describeCorpus, describeOperations, describeSpecConformance } from '../trustedadvisor/service-suite.js'
import type { ServiceUnderTest } from '../trustedadvisor/service-suite.js'

const service: ServiceUnderTest = {
  folder: 'supportapp',
  eventSource: 'supportapp.amazonaws.com',
  service: supportApp,
  barrel: supportAppEntry,
}

describeOperations(service)
describeSpecConformance(service, 10)
describeCorpus(service, 3)
