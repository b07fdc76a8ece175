import type { help as english } from '../en/help'
import type { Translation } from '../../translation'

export const help: Translation<typeof english> = {
  title: 'Caawimaad',
  technical: {
    heading: 'Dhibaatooyinka portal-ka',
    body: 'Haddii aad dhibaato ku qabto gelitaanka, koodhadhka hawlgelinta, koodhadhka hal mar la isticmaalo, barnaamijka (app), ama bogag aan furmayn, wac khadka caawimaadda:',
    hours: 'Saacadaha shaqada: {{hours}}.',
    noGuessing:
      'Ha qiyaasin erayga sirta ah. Isku day khaldan oo badan kadib, waxaa laga yaabaa inaad sugto kahor intaadan gelin.',
  },
  recovery: {
    heading: 'Ma ilowday magaca isticmaalaha ama erayga sirta ah?',
    body: 'Bogga gelitaanka ee portal-ka, raadi xiriir la yiraahdo Help, Assistance, ama Account Recovery. Wuxuu kaa caawinayaa inaad dib u gasho. Haddii taasi aanay shaqayn, wac khadka caawimaadda.',
  },
  someoneElse: {
    heading: 'Ma u malaynaysaa in qof kale galay akoonkaaga?',
    body: 'Isla markiiba beddel erayga sirta ah. Kadib wac khadka caawimaadda oo u sheeg waxa dhacay.',
  },
  medical: {
    heading: 'Su’aalaha ku saabsan caafimaadkaaga',
    body: 'Khadka caawimaaddu ma bixin karo talo caafimaad. Su’aalaha ku saabsan caafimaadkaaga, natiijooyinka ama daawooyinka, la xiriir kooxda daryeelkaaga.',
  },
  haveReady: {
    heading: 'Diyaarso waxyaabahan marka aad wacayso',
    name: 'Magacaaga sharciga ah oo buuxa',
    birthDate: 'Taariikhda dhalashadaada',
    contact: 'Iimaylka iyo lambarka telefoonka ee rugta caafimaadku kuu hayso',
    mayoNumber: 'Lambarkaaga Mayo Clinic, haddii aad haysato',
    errorMessage: 'Fariinta khaladka sida saxda ah ee aad u aragtay',
    device: 'Browser-ka iyo qalabka aad isticmaashay',
    whichPortal: 'Portal-ka aad isticmaasho (magaca ku qoran waraaqahaaga)',
    when: 'Goorta ay dhacday, iyo haddii ay ahayd website-ka ama barnaamijka (app)',
  },
  features: 'Waxa aad onlayn ku samayn karto',
  /** Opens the sign-in tips for home. */
  signInTrouble: 'Haddii aadan guriga ka geli karin',
  close: 'Ku noqo meeshii aan joogay',
}
