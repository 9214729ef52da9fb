// CodeGuru Reviewer logs its requests as they came: `ClientRequestToken`, `Repository`.
import type { Overlay } from '../overlay.js'

export const codeguruReviewer: Overlay = {
  keyStyle: 'wire',
  evidence: [
    { record: 'awsdoc-codeguru-reviewer__1.json', eventName: 'AssociateRepository', shows: 'ClientRequestToken, Repository' },
  ],
}
