// Polly: its records' eventSource is tts.amazonaws.com.
import type { Overlay } from '../overlay.js'

export const polly: Overlay = {
  eventSource: 'tts.amazonaws.com',
  evidence: [{ record: 'awsdoc-polly__1.json', eventName: 'SynthesizeSpeech', shows: 'eventSource tts.amazonaws.com' }],
}
