import type { readiness as english } from '../en/readiness'
import type { Translation } from '../../translation'

export const readiness: Translation<typeof english> = {
  title: 'Koj puas muaj yam koj xav tau?',
  code: {
    legend: 'Koj puas muaj tus code qhib as khauj?',
    hint: 'Nws tuaj hauv email, hauv xov tooj ntawv, lossis ua daim ntawv. Ib tsab email kuj muaj peev xwm muaj ib txoj link mus rau daim ntawv online. Tus code feem ntau muaj {{groups}} pawg, txhua pawg muaj {{length}} tus ntawv thiab tus lej.',
    yes: 'Muaj, kuv muaj kuv tus code',
    no: 'Tsis muaj, lossis kuv tus code tas sij hawm lawm',
    ifNo: 'Tsis ua li cas — lub screen tom ntej qhia lwm txoj kev pib.',
  },
  passcode: {
    legend: 'Koj puas nqa koj lub xov tooj lossis email nrog koj?',
    hint: 'Lub portal xa ib tus code siv ib zaug los kuaj seb puas yog koj tiag.',
    yes: 'Muaj',
    no: 'Tam sim no tsis muaj',
    ifNo: 'Koj tseem pib tau. Koj yuav tsum muaj koj lub xov tooj lossis email thiaj ua tiav tau.',
  },
  mayoNumber: {
    legend: 'Koj puas paub koj tus lej Mayo Clinic?',
    hint: 'Tsis tas yuav muaj. Koj muab nws tsuas yog thaum koj muaj xwb.',
    yes: 'Paub',
    no: 'Tsis paub, hla mus',
    ifNo: 'Tsis ua li cas. Koj mus ntxiv tau yam tsis muaj nws.',
  },
  answerCode: 'Thov teb thawj lo lus nug: koj puas muaj tus code qhib as khauj?',
  continue: 'Mus ntxiv',
  noCode: {
    title: 'Tsis muaj code? Koj tseem muaj lwm txoj kev',
    intro: 'Txawm tsis muaj ib tus code siv tau, koj tseem pib tau:',
    selfSignup:
      'Sau npe hauv online yam tsis muaj code. Lub portal nug ob peb lo lus kom paub tseeb tias koj yog leej twg.',
    selfSignupButton: 'Sau npe yam tsis muaj code',
    staff: {
      ask: 'Nug ntawm lub rooj txais tos seb lawv puas pab tau koj kom tau ib tus code qhib tshiab.',
      yes: 'Lub rooj txais tos ntawm no muab tau ib tus code qhib tshiab rau koj.',
      no: 'Lub rooj txais tos ntawm no tsis muab code qhib. Sim lwm txoj kev.',
    },
    staffButton: 'Nug neeg ua haujlwm kom pab',
    phone: 'Hu rau {{phone}}. Kab pab cuam pab txog teeb meem qhib account.',
    maybeWithoutCode:
      'Muaj tej nplooj ntawv sau npe cia koj mus ntxiv yam tsis muaj code. Nrhiav qhov kev xaiv ntawd ntawm nplooj ntawv portal.',
    officialPage: 'Qhib nplooj ntawv {{portal}} ntawm no thiab ua raws nws cov kauj ruam.',
    officialPageButton: 'Qhib nplooj ntawv ntawm lub portal',
    officialPageConfirmed:
      'Qhib nplooj ntawv raug cai ntawm {{portal}} ntawm no thiab ua raws nws cov kauj ruam.',
    officialPageButtonConfirmed: 'Qhib nplooj ntawv raug cai',
  },
}
