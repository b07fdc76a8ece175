import type { help as english } from '../en/help'
import type { Translation } from '../../translation'

export const help: Translation<typeof english> = {
  title: 'Kev pab',
  technical: {
    heading: 'Teeb meem nrog lub portal',
    body: 'Rau kev nkag, cov code qhib as khauj, cov code siv ib zaug, lub app, lossis nplooj ntawv uas qhib tsis tau, hu rau xov tooj pab:',
    hours: 'Qhib thaum {{hours}}.',
    noGuessing:
      'Tsis txhob twv koj tus password. Tom qab sim yuam kev ntau zaus, tej zaum koj yuav tau tos ua ntej nkag tau.',
  },
  recovery: {
    heading: 'Tsis nco qab koj lub npe siv lossis lo lus zais?',
    body: 'Ntawm lub portal nplooj ntawv nkag, nrhiav qhov txuas hu ua Help, Assistance, lossis Account Recovery. Nws coj koj rov nkag tau. Yog qhov ntawd tsis ua haujlwm, hu rau xov tooj pab.',
  },
  someoneElse: {
    heading: 'Xav tias lwm tus neeg nkag tau rau koj tus as khauj?',
    body: 'Hloov koj lo lus zais tam sim ntawd. Ces hu rau xov tooj pab thiab qhia lawv tias muaj dab tsi tshwm sim.',
  },
  medical: {
    heading: 'Cov lus nug txog koj kev noj qab haus huv',
    body: 'Xov tooj pab muab tsis tau lus qhia txog kev kho mob. Rau cov lus nug txog koj kev noj qab haus huv, cov txiaj ntsig lossis tshuaj, tiv tauj koj pab neeg kho mob.',
  },
  haveReady: {
    heading: 'Npaj cov no cia thaum koj hu',
    name: 'Koj lub npe tag nrho raws cai',
    birthDate: 'Koj hnub yug',
    contact: 'Email thiab tus lej xov tooj uas lub tsev kho mob muaj rau koj',
    mayoNumber: 'Koj tus lej Mayo Clinic, yog koj muaj',
    errorMessage: 'Cov lus yuam kev raws nraim li koj pom',
    device: 'Lub browser thiab lub cuab yeej koj siv',
    whichPortal: 'Lub portal twg koj siv (lub npe hauv koj cov ntaub ntawv)',
    when: 'Nws tshwm sim thaum twg, thiab yog nyob ntawm lub vev xaib lossis hauv lub app',
  },
  features: 'Yam koj ua tau hauv online',
  /** Opens the sign-in tips for home. */
  signInTrouble: 'Nkag tsis tau thaum nyob tsev',
  close: 'Rov qab mus qhov kuv nyob',
}
