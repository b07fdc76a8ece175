import type { session as english } from '../en/session'
import type { Translation } from '../../translation'

export const session: Translation<typeof english> = {
  started: 'Aan bilowno',
  imDone: 'Waan dhammeeyay — tirtir wixii aan qoray',
  status: {
    loading: {
      title: 'Wax yar sug',
      body: 'Mashiinku wuu is diyaarinayaa.',
    },
    wiping: {
      title: 'Xogtaada waa la tirtirayaa',
      body: 'Wax kasta oo aad gelisay waa la tirtirayaa.',
    },
    'out-of-order': {
      title: 'Mashiinkan wuu nasanayaa',
      body: 'Fadlan u tag miiska hore. Waxay ku farxi doonaan inay ku caawiyaan.',
    },
  },
  language: 'Luqadda',
}
