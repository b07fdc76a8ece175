import type { ui as english } from '../en/ui'
import type { Translation } from '../../translation'

export const ui: Translation<typeof english> = {
  back: 'Rov qab',
  lanIdNote:
    'Nplooj ntawv nkag uas nug “LAN ID” yog rau cov neeg ua haujlwm, tsis yog rau cov neeg mob. Koj tsis xav tau LAN ID.',
  display: {
    heading: 'Kev teeb lub screen',
    largeText: 'Ntawv loj',
    highContrast: 'Xim txawv kom pom meej',
    open: 'Qhov loj ntawm cov ntawv',
    close: 'Tiav lawm',
  },
  moreBelow: 'Tseem muaj nyob hauv qab',
  officialForm: {
    heading: 'Nplooj ntawv ntawm lub portal yuav nug koj',
    alsoHeading: 'Nplooj ntawv portal yuav nug ntxiv txog',
    name: 'Koj lub npe raws cai, raws li nyob ntawm koj daim ID',
    birthDate: 'Koj hnub yug',
    email: 'Koj qhov chaw nyob email',
    mayoNumber: 'Koj tus lej Mayo Clinic, yog koj paub',
    passcode: 'Koj lub xov tooj lossis email, kom tau tus code siv ib zaug',
    teen: {
      name: 'Tus hluas lub npe raws cai, raws li nyob hauv nws daim ID',
      birthDate: 'Nws hnub yug',
      email: 'Tus hluas tus email',
      mayoNumber: 'Nws tus lej Mayo Clinic, yog koj paub',
      passcode: 'Ib lub xov tooj lossis email, kom tau ib tus code siv ib zaug',
    },
  },
  keyboard: {
    label: 'Lub keyboard ntawm lub screen',
    shift: 'Ntawv loj',
    backspace: 'Rho tawm',
    space: 'Qhov chaw khoob',
    done: 'Muab lub keyboard zais',
    moreLetters: 'Ntau tus ntawv ntxiv',
    moreLettersTitle: 'Xaiv tus ntawv yooj yim, ces xaiv tus qauv koj xav tau',
    variantsOf: 'Cov ntawv zoo li {{letter}}',
    backToLetters: 'Rov qab mus ABC',
    next: 'Tom ntej',
    codeProgress_one: 'Tshuav {{count}} tus ntawv',
    codeProgress_other: 'Tshuav {{count}} tus ntawv',
    codeComplete: 'Ntaus tag {{total}} tus ntawv lawm',
    codeTooLong: 'Ntau dua {{total}} tus ntawv: thov kuaj tus code',
    codeShown: 'Tus code txog tam sim no',
    layouts: {
      letters: 'ABC',
      code: 'Tus code',
      digits: '123',
      email: '@ Email',
      symbols: '123 #?!',
      arabic: 'أ ب ت',
    },
  },
}
