import type { shell as english } from '../en/shell'
import type { Translation } from '../../translation'

export const shell: Translation<typeof english> = {
  partBlocked:
    'Ib feem ntawm nplooj ntawv ntawm lub portal tsis tau qhia rau ntawm lub tshuab no. Yog zoo li muaj ib yam ploj lawm lossis koj mus ntxiv tsis tau, nias “Thov neeg ua haujlwm pab”.',
  notice: {
    document:
      'Daim ntawv no qhib rau ntawm koj tus kheej lub cuab yeej xwb, tsis yog rau ntawm lub tshuab no. Yuav saib nws, tom qab nkag rau lub portal ntawm koj lub xov tooj lossis lub computer.',
    passkey:
      'Teeb tsa tsis tau passkey rau ntawm lub tshuab uas neeg siv ua ke no. Tom qab teeb tsa passkey rau ntawm koj tus kheej lub xov tooj lossis lub computer.',
  },
  typing: {
    unreachable:
      'Lub tshuab lub keyboard ntaus tsis tau rau hauv lub npov no ntawm nplooj ntawv ntawm lub portal. Thov nias “Thov neeg ua haujlwm pab” thiab yuav muaj neeg los pab koj.',
    noField: 'Ua ntej, nias lub npov ntawm nplooj ntawv ntawm lub portal uas koj xav ntaus ntawv.',
  },
  staff: {
    heading: 'Kev rov pib thiab cov feem nplooj ntawv raug thaiv',
    dailyRestart: 'Rov pib txhua hnub',
    dailyRestartAt: 'Txhua hnub thaum {{hour}}:00, thaum tsis muaj neeg mob siv lub tshuab',
    dailyRestartOff: 'Kaw (raug kaw hauv cov ntaub ntawv teeb)',
    sessionLimit: 'Rov pib tom qab',
    sessionLimitValue: '{{limit}} tus neeg mob (txog tam sim no: {{served}})',
    blockedFrames: 'Cov feem nplooj ntawv raug thaiv hnub no',
    blockedFramesNone: 'Tsis muaj',
    blockedFramesHint:
      'Yog nplooj ntawv raug cai xav tau ib qho ntawm cov no, IT ntxiv tau nws rau lub portal allowedFrameOrigins.',
    blockedFrameCount: '{{origin}} × {{times}}',
  },
}
