import type { idleWarning as english } from '../en/idle-warning'
import type { Translation } from '../../translation'

export const idleWarning: Translation<typeof english> = {
  title: 'Weli ma joogtaa?',
  body: 'Si xogtaadu qarsoodi u ahaato, mashiinku dhowaan wuu tirtiri doonaa wax kasta oo aad qortay, wuuna dib u bilaabi doonaa.',
  countdown_one: 'Waa la tirtirayaa {{count}} ilbiriqsi kadib',
  countdown_other: 'Waa la tirtirayaa {{count}} ilbiriqsi kadib',
  announce_one: '{{count}} ilbiriqsi ayaa ka hadhay inta aan xogtaada la tirtirin.',
  announce_other: '{{count}} ilbiriqsi ayaa ka hadhay inta aan xogtaada la tirtirin.',
  moreTime: 'Waqti dheeraad ah ayaan u baahanahay',
  endNow: 'Waan dhammeeyay — hadda tirtir',
  extensionsLeft_one: 'Waqti dheeraad ah waxaad weydiisan kartaa {{count}} mar oo kale.',
  extensionsLeft_other: 'Waqti dheeraad ah waxaad weydiisan kartaa {{count}} mar oo kale.',
  noExtensions:
    'Waqtigii dheeraadka ahaa oo dhan waad isticmaashay. Haddii aad caawimaad u baahan tahay, fadlan weydii miiska soo dhaweynta.',
}
