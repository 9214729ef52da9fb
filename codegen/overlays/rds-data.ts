// RDS Data API: its endpoint prefix is rds-data, its records' eventSource rdsdata.amazonaws.com.
import type { Overlay } from '../overlay.js'

export const rdsData: Overlay = {
  eventSource: 'rdsdata.amazonaws.com',
  evidence: [{ record: 'awsdoc-aurora__2.json', eventName: 'ExecuteStatement', shows: 'eventSource rdsdata.amazonaws.com' }],
}
