import type { configError as english } from '../en/config-error'
import type { Translation } from '../../translation'

export const configError: Translation<typeof english> = {
  title: 'Mashiinkan weli lama diyaarin',
  language: 'Luqadda',
  patients: 'Fadlan u tag miiska soo dhaweynta. Mashiinkan hadda lama isticmaali karo.',
  staffHeading: 'Shaqaalaha iyo IT',
  staffIntro:
    'Faylka habaynta (configuration) ee mashiinku wuxuu leeyahay khaladaad, sidaa darteed mashiinku wuu xiran yahay. Sax dhibaato kasta oo hoose, kaydi faylka, kadibna taabo “Mar kale hubi faylka” (ama dib u shid mashiinka).',
  file: 'Fayl',
  noFile: '(waddada faylka lama hayo)',
  fingerprint: 'SHA-256',
  problems_one: '{{count}} dhibaato',
  problems_other: '{{count}} dhibaato',
  recheck: 'Mar kale hubi faylka',
  checking: 'Faylka waa la hubinayaa…',
  stillBroken: 'Faylku weli wuxuu leeyahay dhibaatooyin.',
  loading: 'Habaynta waa la akhrinayaa…',
  unavailable: 'Xaaladda habaynta lama akhriyi karin. Dib u shid mashiinka.',
}
