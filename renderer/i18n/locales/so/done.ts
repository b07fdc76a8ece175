import type { done as english } from '../en/done'
import type { Translation } from '../../translation'

export const done: Translation<typeof english> = {
  title: 'Wax walba waa diyaar',
  atHome: 'Si aad mar dambe guriga uga gasho, tag ciwaankan rasmiga ah:',
  atHomeAddress: 'Si aad mar dambe guriga uga gasho, tag ciwaankan:',
  informationPage:
    'Kani waa bogga macluumaadka ee portal-ka. Isticmaal xiriirkiisa si aad u gasho.',
  noSearch: 'Ha ka raadin portal-ka onlayn: goobo qaar ayaa u eg laakiin waa been.',
  qrLabel: 'Koodhka QR ee ciwaanka {{address}}',
  qrHint:
    'Kaamirada telefoonkaaga u jeedi koodhka si aad u furto ciwaanka. Koodhku wuxuu hayaa ciwaanka oo keliya — waxba adiga kuma saabsana.',
  eraseNote: 'Taabo badhanka hoose si aad u tirtirto wax kasta oo aad ku qortay mashiinkan.',
  erase: 'Waan dhammeeyay — tirtir wixii aan qoray',
}
