// RDS: the cross-Region operations carry the SDKs' `SourceRegion` parameter (which the model lacks: the SDKs turn
// it into PreSignedUrl), and CloudTrail writes it as `sourceRegion`. DownloadDBLogFilePortion is read-only, and
// its records carry the (redacted) log data in responseElements all the same.
import type { Overlay } from '../overlay.js'

const CROSS_REGION = new Set([
  'CopyDBClusterSnapshot',
  'CopyDBSnapshot',
  'CreateDBCluster',
  'CreateDBInstanceReadReplica',
  'StartDBInstanceAutomatedBackupsReplication',
])

export const rds: Overlay = {
  readOnlyResponses: ['DownloadDBLogFilePortion'],
  requestKeys: (operation) => (CROSS_REGION.has(operation.name) ? { sourceRegion: 's' } : {}),
  evidence: [
    { record: 'panther__61.json', eventName: 'CopyDBSnapshot', shows: 'sourceRegion' },
    { record: 'panther__56.json', eventName: 'DownloadDBLogFilePortion', shows: 'responseElements of a read-only call' },
  ],
}
