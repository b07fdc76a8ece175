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
    messages: {
      title: 'Tswj cov xov.',
      body: 'Koj tus account muaj ib lub thawv ntiag tug rau cov xov txog koj txoj kev kho mob.',
    },
    video: {
      title: 'Ntsib kws kho mob ntawm video.',
      body: 'Qee cov kev teem caij yog ntsib ntawm video. Koj koom nrog los ntawm koj tus as khauj.',
    },
    bills: {
      title: 'Them nqi.',
      body: 'Yuav them tau, tej zaum koj yuav xav tau tus lej as khauj ntawm koj daim nqi thiab tus neeg mob hnub yug. Lossis tej zaum koj xav tau guarantor ID. Tus guarantor yog tus neeg uas them daim nqi. Koj kuj nyeem tau koj cov ntawv ceeb toom txog nqi.',
    },
    preferences: {
      title: 'Xaiv seb peb yuav tiv tauj koj li cas.',
      body: 'Hloov kho koj cov ntaub ntawv tiv tauj thiab seb koj txais cov nqi thiab cov lus ceeb toom li cas.',
    },
    refills: {
      title: 'Thov tshuaj ntxiv.',
      body: 'Koj thov tau kom rov muab tshuaj rau ib co ntawv yuav tshuaj, suav nrog ntawm ib co khw muag tshuaj Mayo Clinic. Koj saib tau tag nrho koj cov kev thov nyob rau tib qho chaw. Tsis yog txhua yam tshuaj thov tau online. Yog koj thov tsis tau online, hu rau koj pab kws kho mob lossis lub khw muag tshuaj.',
    },
    apps: {
      title: 'Txuas lwm cov app, ua tib zoo.',
      body: 'Koj qhia tau koj cov ntaub ntawv kho mob rau lwm lub app kev noj qab haus huv. Ua ntej, saib kom koj ntseeg tau lub app thiab yam nws thov saib. Thaum qhia lawm, lub app ntawd nws tus kheej cov cai tswj hwm.',
    },
  },
  varies:
    'Yam koj ua tau, thiab txoj kev koj nkag, tej zaum yuav txawv raws qhov chaw koj mus kho mob. Tsis yog txhua qhov chaw muaj txhua yam kev pab.',
  medical: 'Rau cov lus nug txog koj kev noj qab haus huv, tiv tauj koj pab neeg kho mob.',
  continue: 'Mus ntxiv',
  close: 'Rov qab mus qhov kuv nyob',
}
