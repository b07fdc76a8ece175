import type { readiness as english } from '../en/readiness'
import type { Translation } from '../../translation'

export const readiness: Translation<typeof english> = {
  title: 'Ma haysataa waxa aad u baahan tahay?',
  code: {
    legend: 'Ma haysataa koodh hawlgelin?',
    hint: 'Wuxuu ku yimaadaa iimayl, fariin qoraal ah, ama warqad daabacan oo rugta caafimaadka ka timid. Wuxuu u eg yahay saddex koox oo midkiiba leeyahay shan xaraf iyo lambar.',
    yes: 'Haa, koodhkayga waan haystaa',
    no: 'Maya, ama koodhkayga waqtigiisii wuu dhacay',
    ifNo: 'Waa caadi — shaashadda xigta waxay ku tusaysaa siyaabo kale oo aad ku bilaabi karto.',
  },
  passcode: {
    legend: 'Ma haysataa telefoonkaaga ama iimaylkaaga?',
    hint: 'Portal-ku wuxuu kuu soo dirayaa koodh hal mar la isticmaalo si loo hubiyo inaad adigu tahay.',
    yes: 'Haa',
    no: 'Hadda maya',
    ifNo: 'Weli waad bilaabi kartaa. Si aad u dhammaystirto waxaad u baahan doontaa telefoonkaaga ama iimaylkaaga; shaqaaluhu way ku caawin karaan.',
  },
  mayoNumber: {
    legend: 'Ma taqaannaa lambarkaaga Mayo Clinic?',
    hint: 'Waa ikhtiyaari. Waxaa laga yaabaa inaad ka hesho waraaqaha booqashadaada ama biil.',
    yes: 'Haa',
    no: 'Maya, ka bood',
    ifNo: 'Dhib ma leh. Waad sii wadi kartaa la’aantiis.',
  },
  answerCode: 'Fadlan ka jawaab su’aasha koowaad: ma haysataa koodh hawlgelin?',
  continue: 'Sii wad',
  noCode: {
    title: 'Koodh ma haysatid? Weli waxaad leedahay doorashooyin',
    intro:
      'Waqtiga koodhadhku wuu dhici karaa, ama hal mar oo keliya ayay shaqeeyaan. Waa kuwan waxa aad samayn karto:',
    selfSignup:
      'Onlayn isku diiwaangeli adoon koodh haysan. Portal-ku wuxuu ku weydiinayaa dhowr su’aalood si loo hubiyo cidda aad tahay.',
    selfSignupButton: 'Isdiiwaangeli koodh la’aan',
    staff: 'Weydii shaqaalaha miiska soo dhaweynta koodh hawlgelin oo cusub.',
    staffButton: 'Weydii shaqaalaha koodh cusub',
    phone: 'Wac {{phone}} oo weydiiso koodh cusub.',
    officialPage: 'Halkan ka fur bogga {{portal}} oo raac tallaabooyinkiisa.',
    officialPageButton: 'Fur bogga portal-ka',
    officialPageConfirmed:
      'Halkan ka fur bogga rasmiga ah ee {{portal}} oo raac tallaabooyinkiisa.',
    officialPageButtonConfirmed: 'Fur bogga rasmiga ah',
  },
}
