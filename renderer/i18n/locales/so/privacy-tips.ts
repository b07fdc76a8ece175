import type { privacyTips as english } from '../en/privacy-tips'
import type { Translation } from '../../translation'

export const privacyTips: Translation<typeof english> = {
  title: 'Akoonkaaga ammaan ku hay',
  intro: 'Kahor intaadan furin portal-ka, waa kuwan dhowr talo:',
  tips: {
    password: {
      title: 'Isticmaal eray sir ah oo adag.',
      body: 'Ka dhig mid dheer oo u isticmaal akoonkan oo keliya, meel kale ha u isticmaalin.',
    },
    passcode: {
      title: 'Koodhadhka hal mar la isticmaalo waxay galaan shaashadda rasmiga ah oo keliya.',
      body: 'Koodh hal mar la isticmaalo ku qor oo keliya bogga gelitaanka ee portal-ka laftiisa.',
    },
    neverShare: {
      title: 'Weligaa ha la wadaagin koodhadhkaaga.',
      body: 'Ha ku dirin magaca isticmaalaha, erayga sirta ah ama koodhadhka fariin qoraal ah ama iimayl. La wadaag oo keliya qof aad u oggolaatay inuu kaa caawiyo daryeelkaaga.',
    },
    officialOnly: {
      title: 'Isticmaal bogag rasmi ah oo keliya.',
      body: 'Macluumaadka shakhsiga ah ama caafimaadka ku qor oo keliya bogagga iyo barnaamijyada rasmiga ah ee Mayo Clinic.',
    },
    imDone: {
      title: 'Ka bax portal-ka, kadibna taabo “Portal-ka waan ku dhammeeyay”.',
      body: 'Marka aad dhammayso, ka bax portal-ka, kadibna taabo “Portal-ka waan ku dhammeeyay”. Taasi waxay mashiinkan ka tirtiraysaa wax walba.',
    },
    apps: {
      title: 'Ka fakar kahor intaadan ku xirin barnaamijyo kale.',
      body: 'Haddii aad barnaamij kale ku xirto macluumaadkaaga caafimaadka, hubi inaad ku kalsoon tahay iyo waxa uu arki karo. Marka la wadaago, xeerarka asturnaanta ee barnaamijkaas ayaa khuseeya.',
    },
    ownDevice: {
      title: 'Guriga, isticmaal qalabkaaga.',
      body: 'Cusbooneysii browser-kiisa iyo nidaamkiisa.',
    },
  },
  ownPhone: {
    body: 'Ma doorbidaysaa inaad isticmaasho telefoonkaaga? Ciwaanka isdiiwaangelinta waad qaadan kartaa oo halkaas ayaad ku dhammaystiri kartaa.',
    button: 'Taa beddelkeeda ku dhammee telefoonkayga',
  },
  continue: 'Fur portal-ka',
  continueOfficial: 'Fur portal-ka rasmiga ah',
}
