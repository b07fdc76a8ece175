import type { readiness as english } from '../en/readiness'
import type { Translation } from '../../translation'

export const readiness: Translation<typeof english> = {
  title: 'Ma haysataa waxa aad u baahan tahay?',
  code: {
    legend: 'Ma haysataa koodh hawlgelin?',
    hint: 'Wuxuu ku yimaadaa iimayl, fariin qoraal ah, ama warqad. Iimaylku wuxuu sidoo kale yeelan karaa xiriir (link) foomka onlaynka ah. Koodhku badanaa wuxuu leeyahay {{groups}} koox oo midkiiba leeyahay {{length}} xaraf iyo lambar.',
    yes: 'Haa, koodhkayga waan haystaa',
    no: 'Maya, ama koodhkayga waqtigiisii wuu dhacay',
    ifNo: 'Waa caadi — shaashadda xigta waxay ku tusaysaa siyaabo kale oo aad ku bilaabi karto.',
  },
  passcode: {
    legend: 'Ma haysataa telefoonkaaga ama iimaylkaaga?',
    hint: 'Portal-ku wuxuu kuu soo dirayaa koodh hal mar la isticmaalo si loo hubiyo inaad adigu tahay.',
    yes: 'Haa',
    no: 'Hadda maya',
    ifNo: 'Weli waad bilaabi kartaa. Si aad u dhammaystirto waxaad u baahan doontaa telefoonkaaga ama iimaylkaaga.',
  },
  mayoNumber: {
    legend: 'Ma taqaannaa lambarkaaga Mayo Clinic?',
    hint: 'Waa ikhtiyaari. Waxaad bixisaa oo keliya haddii aad haysato.',
    yes: 'Haa',
    no: 'Maya, ka bood',
    ifNo: 'Dhib ma leh. Waad sii wadi kartaa la’aantiis.',
  },
  answerCode: 'Fadlan ka jawaab su’aasha koowaad: ma haysataa koodh hawlgelin?',
  continue: 'Sii wad',
  noCode: {
    title: 'Koodh ma haysatid? Weli waxaad leedahay doorashooyin',
    intro: 'Xitaa haddii aadan haysan koodh shaqeeya, weli waad bilaabi kartaa:',
    selfSignup:
      'Onlayn isku diiwaangeli adoon koodh haysan. Portal-ku wuxuu ku weydiinayaa dhowr su’aalood si loo hubiyo cidda aad tahay.',
    selfSignupButton: 'Isdiiwaangeli koodh la’aan',
    staff: {
      ask: 'Weydii miiska soo dhaweynta inay kaa caawin karaan helitaanka koodh hawlgelin oo cusub.',
      yes: 'Miiska soo dhaweynta halkan ayaa ku siin kara koodh hawlgelin oo cusub.',
      no: 'Miiska soo dhaweynta halkan ma bixiyo koodhadhka hawlgelinta. Isku day siyaabaha kale.',
    },
    staffButton: 'Weydii shaqaalaha caawimaad',
    phone: 'Wac {{phone}}. Khadka caawimaaddu wuxuu ka caawiyaa dhibaatooyinka hawlgelinta.',
    maybeWithoutCode:
      'Bogagga isdiiwaangelinta qaarkood waxay kuu oggolaadaan inaad sii wadato koodh la’aan. Doorashadaas ka raadi bogga portal-ka.',
    officialPage: 'Halkan ka fur bogga {{portal}} oo raac tallaabooyinkiisa.',
    officialPageButton: 'Fur bogga portal-ka',
    officialPageConfirmed:
      'Halkan ka fur bogga rasmiga ah ee {{portal}} oo raac tallaabooyinkiisa.',
    officialPageButtonConfirmed: 'Fur bogga rasmiga ah',
  },
}
