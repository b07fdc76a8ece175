import type { common as english } from '../en/common'
import type { Translation } from '../../translation'

export const common: Translation<typeof english> = {
  appName: 'Lub tshuab rau lub portal neeg mob',
  previewBanner:
    'Qhov no tsuas yog saib ua ntej hauv browser — tsis yog lub tshuab tiag. Tsis muaj dab tsi ntawm no xa mus rau qhov twg.',
  languageHelp: 'Muaj kev pab txhais lus dawb. Nug ntawm lub rooj txais tos.',
  errors: {
    bridgeUnavailable:
      'Lub tshuab no tam sim no tsis ua haujlwm. Thov mus ntawm lub rooj txais tos.',
  },
}
