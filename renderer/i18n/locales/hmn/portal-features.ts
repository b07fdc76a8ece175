import type { portalFeatures as english } from '../en/portal-features'
import type { Translation } from '../../translation'

export const portalFeatures: Translation<typeof english> = {
  title: 'Yam koj ua tau hauv online',
  intro: 'Nrog koj tus as khauj, koj ua tau ntau yam yam tsis tas hu xov tooj lossis sau ntawv:',
  topics: {
    health: {
      title: 'Saib koj cov ntaub ntawv kho mob.',
      body: 'Nyeem cov txiaj ntsig kuaj mob, cov lus sau los ntawm koj pab neeg kho mob, koj daim ntawv teev tshuaj, thiab cov ntsiab lus luv ntawm koj qhov kev mus ntsib kws kho mob.',
    },
    appointments: {
      title: 'Tswj koj cov kev mus ntsib.',
      body: 'Saib koj cov kev teem caij tom ntej.',
    },
    video: {
      title: 'Ntsib kws kho mob ntawm video.',
      body: 'Qee cov kev teem caij yog ntsib ntawm video. Koj koom nrog los ntawm koj tus as khauj.',
    },
    bills: {
      title: 'Them nqi.',
      body: 'Yuav them tau, tej zaum koj yuav xav tau tus lej as khauj ntawm koj daim nqi thiab tus neeg mob hnub yug. Lossis tej zaum koj xav tau guarantor ID. Tus guarantor yog tus neeg uas them daim nqi.',
    },
    preferences: {
      title: 'Xaiv seb peb yuav tiv tauj koj li cas.',
      body: 'Hloov kho koj cov ntaub ntawv tiv tauj thiab seb koj txais cov nqi thiab cov lus ceeb toom li cas.',
    },
    refills: {
      title: 'Thov tshuaj ntxiv.',
      body: 'Koj thov tau tshuaj ntxiv rau qee cov ntawv yuav tshuaj, tab sis tsis yog txhua yam tshuaj. Yog koj thov tsis tau hauv online, hu rau koj pab neeg kho mob lossis lub khw muag tshuaj.',
    },
    apps: {
      title: 'Txuas lwm cov app, ua tib zoo.',
      body: 'Koj qhia tau koj cov ntaub ntawv kho mob rau lwm lub app kev noj qab haus huv. Ua ntej, saib kom koj ntseeg tau lub app thiab yam nws thov saib. Thaum qhia lawm, lub app ntawd nws tus kheej cov cai tswj hwm. Feem ntau cov app no tsis raug tswj los ntawm HIPAA, txoj cai ceev ntiag tug kev kho mob ntawm Teb Chaws Meskas.',
    },
  },
  varies:
    'Yam koj ua tau yuav txawv raws li qhov koj mus kho mob. Qee yam tsis muaj nyob rau txhua qhov chaw.',
  medical: 'Rau cov lus nug txog koj kev noj qab haus huv, tiv tauj koj pab neeg kho mob.',
  continue: 'Mus ntxiv',
  close: 'Rov qab mus qhov kuv nyob',
}
