import type { configError as english } from '../en/config-error'
import type { Translation } from '../../translation'

export const configError: Translation<typeof english> = {
  title: 'Lub tshuab no tseem tsis tau teeb',
  language: 'Hom lus',
  patients: 'Thov mus ntawm lub rooj txais tos. Lub tshuab no siv tsis tau tam sim no.',
  staffHeading: 'Rau cov neeg ua haujlwm thiab IT',
  staffIntro:
    'Lub tshuab cov ntaub ntawv teeb (configuration file) muaj qhov yuam kev, yog li lub tshuab tseem raug xauv. Kho txhua qhov teeb meem hauv qab no, khaws cov ntaub ntawv, ces nias “Kuaj cov ntaub ntawv dua” (lossis rov pib lub tshuab).',
  file: 'Cov ntaub ntawv',
  noFile: '(tsis muaj txoj kev mus rau cov ntaub ntawv)',
  fingerprint: 'SHA-256',
  problems_one: '{{count}} qhov teeb meem',
  problems_other: '{{count}} qhov teeb meem',
  recheck: 'Kuaj cov ntaub ntawv dua',
  checking: 'Tab tom kuaj cov ntaub ntawv…',
  stillBroken: 'Cov ntaub ntawv tseem muaj teeb meem.',
  loading: 'Tab tom nyeem cov kev teeb…',
  unavailable: 'Nyeem tsis tau cov kev teeb. Rov pib lub tshuab.',
}
