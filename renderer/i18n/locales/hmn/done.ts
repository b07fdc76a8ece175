import type { done as english } from '../en/done'
import type { Translation } from '../../translation'

export const done: Translation<typeof english> = {
  title: 'Koj ua tiav lawm',
  atHome: 'Yuav nkag tom qab thaum nyob tsev, mus rau qhov chaw nyob vev xaib raug cai no:',
  atHomeAddress: 'Yuav nkag tom qab thaum nyob tsev, mus rau qhov chaw nyob vev xaib no:',
  informationPage: 'Qhov no yog nplooj ntawv qhia txog lub portal. Siv nws qhov txuas los nkag.',
  noSearch:
    'Tsis txhob nrhiav lub portal hauv online: muaj qee lub vev xaib zoo li nws tab sis yog cuav.',
  qrLabel: 'QR code ntawm qhov chaw nyob vev xaib {{address}}',
  qrHint:
    'Tsom koj lub xov tooj lub koob yees duab rau tus code kom qhib tau qhov chaw nyob vev xaib. Tus code tsuas muaj qhov chaw nyob vev xaib xwb — tsis muaj dab tsi txog koj.',
  eraseNote: 'Nias lub pob hauv qab no kom tshem txhua yam koj ntaus rau ntawm lub tshuab no.',
  erase: 'Kuv ua tiav lawm — tshem txhua yam kuv ntaus',
}
