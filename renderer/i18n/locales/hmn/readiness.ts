import type { readiness as english } from '../en/readiness'
import type { Translation } from '../../translation'

export const readiness: Translation<typeof english> = {
  title: 'Koj puas muaj yam koj xav tau?',
  code: {
    legend: 'Koj puas muaj tus code qhib as khauj?',
    hint: 'Nws tuaj hauv email, hauv xov tooj ntawv, lossis ua daim ntawv luam los ntawm lub tsev kho mob. Nws zoo li peb pawg, txhua pawg muaj tsib tus ntawv thiab tus lej.',
    yes: 'Muaj, kuv muaj kuv tus code',
    no: 'Tsis muaj, lossis kuv tus code tas sij hawm lawm',
    ifNo: 'Tsis ua li cas — lub screen tom ntej qhia lwm txoj kev pib.',
  },
  passcode: {
    legend: 'Koj puas nqa koj lub xov tooj lossis email nrog koj?',
    hint: 'Lub portal xa ib tus code siv ib zaug los kuaj seb puas yog koj tiag.',
    yes: 'Muaj',
    no: 'Tam sim no tsis muaj',
    ifNo: 'Koj tseem pib tau. Koj yuav tsum muaj koj lub xov tooj lossis email thiaj ua tiav tau; cov neeg ua haujlwm pab tau.',
  },
  mayoNumber: {
    legend: 'Koj puas paub koj tus lej Mayo Clinic?',
    hint: 'Tsis tas yuav muaj. Tej zaum koj nrhiav tau nws hauv koj cov ntaub ntawv mus ntsib kws kho mob lossis ib daim nqi.',
    yes: 'Paub',
    no: 'Tsis paub, hla mus',
    ifNo: 'Tsis ua li cas. Koj mus ntxiv tau yam tsis muaj nws.',
  },
  answerCode: 'Thov teb thawj lo lus nug: koj puas muaj tus code qhib as khauj?',
  continue: 'Mus ntxiv',
  noCode: {
    title: 'Tsis muaj code? Koj tseem muaj lwm txoj kev',
    intro: 'Cov code muaj peev xwm tas sij hawm lossis siv tau ib zaug xwb. Koj ua tau li no:',
    selfSignup:
      'Sau npe hauv online yam tsis muaj code. Lub portal nug ob peb lo lus kom paub tseeb tias koj yog leej twg.',
    selfSignupButton: 'Sau npe yam tsis muaj code',
    staff:
      'Nug cov neeg ua haujlwm ntawm lub rooj txais tos kom tau tus code qhib as khauj tshiab.',
    staffButton: 'Nug neeg ua haujlwm kom tau code tshiab',
    phone: 'Hu rau {{phone}} thiab thov ib tus code tshiab.',
    officialPage: 'Qhib nplooj ntawv {{portal}} ntawm no thiab ua raws nws cov kauj ruam.',
    officialPageButton: 'Qhib nplooj ntawv ntawm lub portal',
    officialPageConfirmed:
      'Qhib nplooj ntawv raug cai ntawm {{portal}} ntawm no thiab ua raws nws cov kauj ruam.',
    officialPageButtonConfirmed: 'Qhib nplooj ntawv raug cai',
  },
}
