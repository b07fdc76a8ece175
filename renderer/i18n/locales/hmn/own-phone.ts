import type { ownPhone as english } from '../en/own-phone'
import type { Translation } from '../../translation'

export const ownPhone: Translation<typeof english> = {
  title: 'Ua kom tiav ntawm koj lub xov tooj',
  intro:
    'Koj tus kheej lub xov tooj yog qhov chaw muaj kev nyab xeeb dua rau koj cov ntaub ntawv kho mob dua li lub tshuab uas ntau tus siv. Scan tus code no kom qhib tau nplooj ntawv sau npe rau ntawd.',
  qrLabel: 'QR code ntawm qhov chaw nyob vev xaib {{address}}',
  qrHint:
    'Tsom koj lub xov tooj lub koob yees duab rau tus code. Tus code tsuas muaj qhov chaw nyob vev xaib xwb. Nws tsis muaj dab tsi txog koj.',
  informationPage:
    'Qhov no yog nplooj ntawv qhia txog lub portal. Siv nws qhov txuas los sau npe lossis nkag.',
  noSearch:
    'Tsis txhob nrhiav lub portal hauv online. Muaj qee lub vev xaib zoo li nws tab sis tsis yog qhov tseeb. Scan tus code lossis ntaus qhov chaw nyob vev xaib.',
  endNote:
    'Thaum koj npaj txhij, xaus koj lub sij hawm siv ntawm no. Txhua yam nyob hauv lub tshuab no yuav raug tshem tawm.',
  endHere: 'Xaus kuv lub sij hawm siv ntawm no',
}
