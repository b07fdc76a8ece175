import type { activation as english } from '../en/activation'
import type { Translation } from '../../translation'

export const activation: Translation<typeof english> = {
  title: 'Xogtaada',
  intro:
    'Mashiinku xogtan wuxuu kuu gelin karaa foomka portal-ka. Wuxuu sidaas sameeyaa oo keliya marka aad taabato “Ku buuxi foomka portal-ka xogtayda”. Xogtu waxay ku jirtaa xusuusta mashiinkan, waxaana la tirtiraa marka aad taabato “Waan dhammeeyay”.',
  formLabel: 'Xogta hawlgelinta',
  holderNote: {
    caregiver:
      'Geli xogtaada. Oggolaanshaha diiwaanka qofka kale waxaad ku codsanaysaa tallaabo kale.',
    teen: 'Geli xogta dhallinyarada, ma aha tan waalidka ama mas’uulka.',
  },
  codeOnly: {
    title: 'Koodhkaaga hawlgelinta',
    intro:
      'Qor koodhka ku jira iimaylkaaga, fariintaada qoraalka ah ama warqaddaada. Mashiinku hal shay oo keliya ayuu u isticmaalaa: bogga portal-ka, taabo “Geli koodhkayga hawlgelinta” mashiinkuna wuu kuu qorayaa.',
    formLabel: 'Koodhkaaga bogga portal-ka',
    teenTitle: 'Koodhka hawlgelinta ee dhallinyarada',
    erased: 'Koodhka lama kaydiyo. Waa la tirtiraa marka aad taabato “Waan dhammeeyay”.',
  },
  activationCode: {
    label: 'Koodhka hawlgelinta',
    hint: 'Badanaa {{groups}} koox oo midkiiba leeyahay {{length}} xaraf iyo lambar, sida {{example}}. Meelaha bannaan iyo xariiqyadu waa caadi.',
    checkIt:
      'Koodhkani uma eka nooca caadiga ah ({{groups}} koox oo {{length}} ah). Fadlan la barbar dhig fariintaada. Haddii uu sax yahay, mar kale taabo “Sii wad”.',
  },
  firstName: {
    label: 'Magaca koowaad ee sharciga ah',
    hint: 'Sida uu ugu qoran yahay aqoonsigaaga.',
  },
  lastName: {
    label: 'Magaca dambe ee sharciga ah',
    hint: 'Sida uu ugu qoran yahay aqoonsigaaga, oo ay la socoto wixii ku dhammaada sida Jr.',
  },
  dateOfBirth: {
    legend: 'Taariikhda dhalashada',
    hint: 'Bisha, kadib maalinta, kadib sanadka. Tusaale: 3 14 1985.',
    order: 'month day year',
    month: 'Bisha',
    day: 'Maalinta',
    year: 'Sanadka',
  },
  email: {
    label: 'Ciwaanka iimaylka',
    hint: 'Portal-ku halkan ayuu u soo dirayaa fariimaha iyo koodhadhka.',
  },
  mayoClinicNumber: {
    label: 'Lambarka Mayo Clinic (ikhtiyaari)',
    hint: 'Bannaan u dhaaf haddii aadan aqoon.',
  },
  teen: {
    firstName: {
      label: 'Magaca hore ee sharciga ah ee dhallinyarada',
      hint: 'Sida uu ugu qoran yahay aqoonsigooda.',
    },
    lastName: {
      label: 'Magaca dambe ee sharciga ah ee dhallinyarada',
      hint: 'Sida uu ugu qoran yahay aqoonsigooda, oo ay ku jirto wax kasta sida Jr.',
    },
    dateOfBirth: {
      legend: 'Taariikhda dhalashadooda',
    },
    email: {
      label: 'Ciwaanka iimaylka dhallinyarada',
      hint: 'Portal-ku halkan ayuu u soo diraa fariimaha iyo koodhadhka.',
    },
    mayoClinicNumber: {
      label: 'Lambarkooda Mayo Clinic (ikhtiyaari)',
      hint: 'Bannaan ka tag haddii aadan aqoon.',
    },
  },
  submit: 'Sii wad',
  otherPath: {
    teen: 'Taa beddelkeeda samee akoon dhallinyaro',
    self: 'Taa beddelkeeda akoonka aniga ii samee',
  },
  errors: {
    activationCode: {
      required: 'Geli koodhkaaga hawlgelinta.',
      tooLong: 'Taasi aad ayay ugu dheer tahay koodh hawlgelin. Hubi oo isku day mar kale.',
    },
    firstName: {
      required: 'Geli magacaaga koowaad ee sharciga ah.',
      tooLong: 'Magacaasi aad ayuu ugu dheer yahay foomkan. Weydii shaqaalaha caawimaad.',
      characters: 'Isticmaal xarfo, meelo bannaan iyo calaamadaha - ’ . , oo keliya.',
    },
    lastName: {
      required: 'Geli magacaaga dambe ee sharciga ah.',
      tooLong: 'Magacaasi aad ayuu ugu dheer yahay foomkan. Weydii shaqaalaha caawimaad.',
      characters: 'Isticmaal xarfo, meelo bannaan iyo calaamadaha - ’ . , oo keliya.',
    },
    dateOfBirth: {
      required: 'Geli taariikhda dhalashada.',
      incomplete: 'Geli bisha, maalinta iyo sanadka.',
      notNumbers: 'Isticmaal lambarro oo keliya, tusaale 3 14 1985.',
      yearFormat: 'Sanadka ku qor 4 lambar, tusaale 1985.',
      notRealDate: 'Taariikhdaasi ma jirto. Hubi bisha iyo maalinta.',
      future: 'Taariikhda dhalashadu ma noqon karto mustaqbalka.',
      tooOld: 'Hubi sanadka: taariikhdaasi aad ayay u fog tahay.',
      selfTooYoung:
        '“Aniga” waxaa loogu talagalay dadka waaweyn, 18 jir ama ka weyn. Haddii aad tahay 13 ilaa 17 jir, waxaad samaysan kartaa akoon dhallinyaro adoo la jira waalid ama mas’uul.',
      caregiverTooYoung:
        'Waa inaad tahay 18 jir ama ka weyn si aad onlayn uga caawiso daryeelka qof kale. Haddii aad tahay 13 ilaa 17 jir, waxaad samaysan kartaa akoon dhallinyaro oo kuu gaar ah.',
      teenTooYoung:
        'Akoonka dhallinyarada waxaa loogu talagalay da’da 13 ilaa 17. Carruurta ka yar 13 jir ma yeelan karaan akoon u gaar ah. Waalidku wuxuu shaqaalaha weydiin karaa oggolaansho.',
      teenTooOld: 'Qofkani waa 18 jir ama ka weyn, sidaa darteed akoonku waa akoonkiisa qof weyn.',
    },
    email: {
      required: 'Geli ciwaanka iimaylkaaga.',
      tooLong: 'Ciwaanka iimaylkaasi aad ayuu u dheer yahay.',
      invalid: 'Geli ciwaan iimayl oo u eg name@example.com.',
    },
    mayoClinicNumber: {
      characters: 'Isticmaal lambarro oo keliya, ama bannaan u dhaaf.',
    },
  },
}
