import type { staffHelp as english } from '../en/staff-help'
import type { Translation } from '../../translation'

export const staffHelp: Translation<typeof english> = {
  title: 'Caawimaadda shaqaalaha',
  forStaff:
    'Shaqaalaha: bukaankani wuxuu rabaa caawimaad ku saabsan mashiinka portal-ka bukaanka. Haddii aad hadda furto guddiga shaqaalaha, wuxuu helayaa waqti dheeraad ah (qaabka caawinta).',
  forPatient:
    'Fadlan gacanta u haadi qof shaqaale ah ama u tag miiska soo dhaweynta. Tus shaashaddan.',
  moreTime:
    'Marka qof shaqaale ahi galo si uu kuu caawiyo, waxaad helaysaa waqti dheeraad ah kahor inta aan mashiinku tirtirin xogtaada.',
  privacy:
    'Shaqaaluhu way ku caawin karaan, laakiin cidna ha u sheegin erayga sirta ah ama koodhadhkaaga.',
  close: 'Ku noqo meeshii aan joogay',
}
