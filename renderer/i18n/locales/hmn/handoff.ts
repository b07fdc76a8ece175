import type { handoff as english } from '../en/handoff'
import type { Translation } from '../../translation'

export const handoff: Translation<typeof english> = {
  title: 'Lub portal neeg mob',
  loading: 'Tab tom qhib nplooj ntawv ntawm lub portal…',
  ready: 'Nplooj ntawv ntawm lub portal qhib nyob ntawm no.',
  previewPlaceholder:
    'Hauv lub tshuab tiag, nplooj ntawv ntawm lub portal tshwm ntawm no. Qhov saib ua ntej no tsis qhib nws. Qhov chaw nyob vev xaib yog:',
  informationPage:
    'Thawj nplooj ntawv no qhia koj txog lub portal. Nias nws qhov txuas (link) los sau npe lossis nkag.',
  keyboardTip:
    'Yuav ntaus ntawv rau ntawm nplooj ntawv ntawm lub portal, nias “Qhia lub keyboard”.',
  prefill: {
    button: 'Sau kuv cov ntaub ntawv rau hauv daim ntawv ntawm lub portal',
    filled:
      'Sau tau {{count}} qhov lawm. Kuaj txhua qhov ntawm nplooj ntawv ntawm lub portal ua ntej koj mus ntxiv.',
    none: 'Sau tsis tau dab tsi li. Thov ntaus koj cov ntaub ntawv rau ntawm nplooj ntawv ntawm lub portal.',
  },
  failed: {
    title: 'Nplooj ntawv qhib tsis tau',
    body: 'Tej zaum internet tsis ua haujlwm, lossis lub portal tsis khoom. Sim dua, lossis thov kev pab.',
    retry: 'Sim dua',
    help: 'Kev pab',
  },
  blocked: {
    title: 'Nplooj ntawv ntawd tsis yog ib feem ntawm lub portal neeg mob',
    body: 'Lub tshuab no qhia lub portal neeg mob xwb. Nws thaiv ib nplooj ntawv los ntawm lwm lub vev xaib.',
    origin: 'Nplooj ntawv ntawd los ntawm:',
    back: 'Rov qab mus rau nplooj ntawv ntawm lub portal',
  },
  more: {
    show: 'Ntxiv',
    hide: 'Tsawg dua',
    label: 'Ntxiv txog nplooj ntawv no',
    address: 'Chaw nyob ntawm nplooj ntawv no:',
  },
  keys: {
    previousField: 'Lub npov dhau los',
    nextField: 'Lub npov tom ntej',
    left: 'Txav mus sab laug',
    right: 'Txav mus sab xis',
    enter: 'Nkag',
    insertCode: 'Ntaus kuv tus code qhib as khauj',
  },
  finished: 'Kuv ua tiav ntawm lub portal lawm',
  official: {
    title: 'Lub portal neeg mob raug cai',
    loading: 'Tab tom qhib nplooj ntawv raug cai…',
    ready: 'Nplooj ntawv raug cai qhib nyob ntawm no.',
    previewPlaceholder:
      'Hauv lub tshuab tiag, nplooj ntawv raug cai tshwm ntawm no. Qhov saib ua ntej no tsis qhib nws. Qhov chaw nyob vev xaib yog:',
    keyboardTip:
      'Yuav ntaus ntawv rau ntawm nplooj ntawv ntawm lub portal, nias “Qhia lub keyboard”.',
    back: 'Rov qab mus rau nplooj ntawv raug cai',
  },
}
