import type { common as english } from '../en/common'
import type { Translation } from '../../translation'

export const common: Translation<typeof english> = {
  appName: 'Mashiinka portal-ka bukaanka',
  previewBanner:
    'Tijaabo browser ah — kani ma aha mashiinka dhabta ah. Waxba halkan meelna looma diro.',
  languageHelp: 'Caawimaad luqadeed oo bilaash ah ayaa jirta. Weydii miiska soo dhaweynta.',
  errors: {
    bridgeUnavailable: 'Mashiinkani hadda ma shaqaynayo. Fadlan u tag miiska soo dhaweynta.',
  },
}
