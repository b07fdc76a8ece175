import 'i18next'

import type { resources } from './resources'

// Typed keys: `t('welcome:title')` compiles, a misspelt key does not.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: (typeof resources)['en']
  }
}
