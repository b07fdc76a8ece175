import type { ui as english } from '../en/ui'
import type { Translation } from '../../translation'

export const ui: Translation<typeof english> = {
  back: 'Dib u noqo',
  lanIdNote:
    'Bogga gelitaanka ee weydiiya “LAN ID” waxaa loogu talagalay shaqaalaha, ma aha bukaanka. Uma baahnid LAN ID.',
  display: {
    heading: 'Habaynta shaashadda',
    largeText: 'Qoraal weyn',
    highContrast: 'Midabbo aad u kala duwan',
    open: 'Cabbirka qoraalka',
    close: 'Waa dhammaatay',
  },
  moreBelow: 'Wax kale ayaa hoos ku jira',
  officialForm: {
    heading: 'Bogga portal-ku wuxuu ku weydiin doonaa',
    alsoHeading: 'Bogga portal-ku wuxuu sidoo kale ku weydiin doonaa',
    name: 'Magacaaga sharciga ah, sida uu ugu qoran yahay aqoonsigaaga',
    birthDate: 'Taariikhda dhalashadaada',
    email: 'Ciwaanka iimaylkaaga',
    mayoNumber: 'Lambarkaaga Mayo Clinic, haddii aad taqaanno',
    passcode: 'Telefoonkaaga ama iimaylkaaga, si aad u hesho koodh hal mar la isticmaalo',
    teen: {
      name: 'Magaca sharciga ah ee dhallinyarada, sida uu ugu qoran yahay aqoonsigooda',
      birthDate: 'Taariikhda dhalashadooda',
      email: 'Ciwaanka iimaylka dhallinyarada',
      mayoNumber: 'Lambarkooda Mayo Clinic, haddii aad taqaanno',
      passcode: 'Telefoon ama iimayl, si loo helo koodh hal mar la isticmaalo',
    },
  },
  keyboard: {
    label: 'Kiiboodhka shaashadda',
    shift: 'Xaraf weyn',
    backspace: 'Tirtir',
    space: 'Meel bannaan',
    done: 'Qari kiiboodhka',
    moreLetters: 'Xarfo kale',
    moreLettersTitle: 'Dooro xarafka caadiga ah, kadibna qaabka aad u baahan tahay',
    variantsOf: 'Xarfo u eg {{letter}}',
    backToLetters: 'Ku noqo ABC',
    next: 'Kan xiga',
    codeProgress_one: '{{count}} xaraf ayaa hadhay',
    codeProgress_other: '{{count}} xaraf ayaa hadhay',
    codeComplete: 'Dhammaan {{total}}-ka xaraf waa la geliyay',
    codeTooLong: 'In ka badan {{total}} xaraf: fadlan hubi koodhka',
    codeShown: 'Koodhka ilaa hadda',
    layouts: {
      letters: 'ABC',
      code: 'Koodh',
      digits: '123',
      email: '@ Iimayl',
      symbols: '123 #?!',
      arabic: 'أ ب ت',
    },
  },
}
