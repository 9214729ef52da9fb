// EKS: CloudTrail writes the cluster's name as `clusterName` in CreateCluster and its response.
import type { Overlay } from '../overlay.js'

export const eks: Overlay = {
  memberKeys: (shape, member) =>
    (shape === 'CreateClusterRequest' || shape === 'Cluster') && member === 'name' ? ['clusterName'] : [],
  evidence: [{ record: 'awsdoc-eks__1.json', eventName: 'CreateCluster', shows: 'clusterName in the request and in cluster' }],
}
