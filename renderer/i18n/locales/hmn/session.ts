import type { session as english } from '../en/session'
import type { Translation } from '../../translation'

export const session: Translation<typeof english> = {
  started: 'Cia peb pib',
  imDone: 'Kuv ua tiav lawm — tshem txhua yam kuv ntaus',
  status: {
    loading: {
      title: 'Tos ib pliag',
      body: 'Lub tshuab tab tom npaj.',
    },
    wiping: {
      title: 'Tab tom tshem koj cov ntaub ntawv',
      body: 'Txhua yam koj tau ntaus tab tom raug tshem tawm.',
    },
    'out-of-order': {
      title: 'Lub tshuab no tab tom so',
      body: 'Thov mus ntawm lub rooj pab. Lawv zoo siab pab koj.',
    },
  },
  language: 'Hom lus',
}
