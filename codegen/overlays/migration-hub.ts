// Migration Hub: its endpoint prefix is mgh, its records' eventSource migrationhub.amazonaws.com.
import type { Overlay } from '../overlay.js'

export const migrationHub: Overlay = {
  eventSource: 'migrationhub.amazonaws.com',
  evidence: [
    { record: 'awsdoc-migrationhub__1.json', eventName: 'DescribeApplicationState', shows: 'eventSource migrationhub.amazonaws.com' },
  ],
}
