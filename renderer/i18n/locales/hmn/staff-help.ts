import type { staffHelp as english } from '../en/staff-help'
import type { Translation } from '../../translation'

export const staffHelp: Translation<typeof english> = {
  title: 'Kev pab los ntawm neeg ua haujlwm',
  forStaff:
    'Neeg ua haujlwm: tus neeg mob no xav tau kev pab nrog lub tshuab rau lub portal neeg mob. Yog koj qhib lub staff panel tam sim no, nws yuav tau sij hawm ntxiv (assisted mode).',
  forPatient:
    'Thov co tes rau ib tus neeg ua haujlwm lossis mus ntawm lub rooj txais tos. Qhia lub screen no rau lawv saib.',
  moreTime:
    'Thaum ib tus neeg ua haujlwm nkag los pab koj, koj yuav tau sij hawm ntxiv ua ntej lub tshuab tshem koj cov ntaub ntawv.',
  privacy:
    'Cov neeg ua haujlwm pab tau koj, tab sis tsis txhob qhia koj lo lus zais lossis cov code rau leej twg.',
  close: 'Rov qab mus qhov kuv nyob',
}
