// AppStream 2.0: its endpoint prefix is appstream2, its records' eventSource appstream.amazonaws.com.
import type { Overlay } from '../overlay.js'

export const appstream: Overlay = {
  eventSource: 'appstream.amazonaws.com',
  evidence: [{ record: 'awsdoc-appstream2__1.json', eventName: 'AssociateFleet', shows: 'eventSource appstream.amazonaws.com' }],
}
