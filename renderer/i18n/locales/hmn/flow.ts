import type { flow as english } from '../en/flow'
import type { Translation } from '../../translation'

export const flow: Translation<typeof english> = {
  stepCounter: 'Kauj ruam {{number}} ntawm {{count}}',
  steps: {
    label: 'Koj mus tau qhov twg lawm',
    completed: '(tiav lawm)',
    /** The last screen, after step 7: every segment of the bar complete. */
    allDone: 'Txhua kauj ruam tiav lawm',
    s1: 'Koj lub portal',
    s2: 'Account yog leej twg li',
    s3: 'Npaj txhij',
    s4: 'Koj tus code',
    s5: 'Muaj dab tsi hauv online',
    s6: 'Kev ceev ntiag tug',
    s7: 'Sau npe',
  },
  loading: 'Tos ib pliag',
  unavailable: {
    title: 'Lub tshuab no qhia tsis tau kauj ruam tom ntej',
    body: 'Thov mus ntawm lub rooj txais tos, lossis nias “Kuv ua tiav lawm” kom rov pib dua.',
  },
  bar: {
    label: 'Kev pab thiab koj lub sij hawm siv',
    help: 'Kev pab',
    staffHelp: 'Thov neeg ua haujlwm pab',
    showKeyboard: 'Qhia lub keyboard',
    startOver: 'Rov pib dua',
    imDone: 'Kuv ua tiav lawm — tshem txhua yam kuv ntaus',
  },
}
