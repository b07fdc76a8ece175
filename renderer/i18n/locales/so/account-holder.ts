import type { accountHolder as english } from '../en/account-holder'
import type { Translation } from '../../translation'

export const accountHolder: Translation<typeof english> = {
  title: 'Yaa loo samaynayaa akoonka?',
  legend: 'Akoonka waxaa loo samaynayaa',
  self: {
    label: 'Aniga',
    description: 'Akoonku waa kayga, da’dayduna waa 18 ama ka badan.',
  },
  caregiver: {
    label: 'Qof aan daryeelo',
    description: 'Ilmo, waalid, ama qof kale oo aan ka caawiyo daryeelkiisa.',
  },
  teen: {
    label: 'Dhallinyaro 13 ilaa 17 jir ah',
    description: 'Dhallinyarada iyo waalid ama mas’uul ayaa halkan wada jooga.',
  },
  pleaseChoose: 'Fadlan marka hore dooro hal jawaab.',
  continue: 'Sii wad',
  caregiverInfo: {
    title: 'Ka caawinta qof kale daryeelkiisa',
    intro:
      'Si aad onlayn ugu aragto diiwaanka caafimaadka qof kale, waxaad u baahan tahay oggolaansho wakiil (proxy access). Taas macnaheedu waa inaad akoonkaaga u isticmaasho si aad u aragto diiwaankiisa.',
    notTheirLogin:
      'Ha ku gelin magaca isticmaalaha ama erayga sirta ah ee qofka kale. Isticmaal akoonkaaga.',
    authorized:
      'Waxaad ku codsanaysaa habka codsiga rasmiga ah ee rugta caafimaadka. Qofka, ama wakiilkiisa sharciga ah, waa inuu oggolaadaa.',
    adult: 'Waa inaad tahay 18 jir ama ka weyn si aad u hesho oggolaansho wakiil.',
    underAge:
      'Haddii aad tahay 13 ilaa 17 jir, waxaad samaysan kartaa akoon dhallinyaro oo kuu gaar ah, adoo la jira waalid ama mas’uul.',
    teenPath: 'Waxaan ahay 13 ilaa 17 jir',
    staff: {
      ask: 'Weydii miiska soo dhaweynta sida halkan looga codsado oggolaanshaha wakiilka.',
      yes: 'Miiska soo dhaweynta halkan ayaa haya foomka codsiga oo kuu sharxi kara tallaabooyinka.',
      no: 'Miiska soo dhaweynta halkan ma hayo foomka codsiga. Wac khadka caawimaadda si aad u weydiiso sida.',
    },
    ownAccountFirst:
      'Hadda waxaad samaysan kartaa akoonkaaga. Marka oggolaanshaha wakiilka la ansixiyo, macluumaadkiisa waxaad ka arki doontaa akoonkaaga.',
    askStaff: 'Weydii shaqaalaha oggolaanshaha wakiilka',
    setUpMine: 'Samee akoonkayga',
  },
  teenInfo: {
    title: 'Samaynta akoonka dhallinyarada',
    intro:
      'Dhallinyarada da’doodu tahay 13 ilaa 17 waxay yeelan karaan akoon u gaar ah. Waxaa la sameeyaa iyadoo uu joogo waalid ama mas’uul.',
    parentView:
      'Laga bilaabo 13 jir, waalidku wax ka yar ayuu onlayn ka arkaa diiwaanka dhallinyarada. Tusaale ahaan, waalidku mar dambe ma arko natiijooyinka baaritaanka.',
    waysHeading: 'Siyaabaha loo sameeyo',
    staff: {
      ask: 'Adoo la jira waalidka ama mas’uulka, weydii miiska soo dhaweynta inay ka caawin karaan samaynta.',
      yes: 'Adoo la jira waalidka ama mas’uulka, miiska soo dhaweynta ayaa ka caawin kara samaynta.',
      no: 'Miiska soo dhaweynta halkan ma sameeyo akoonnada dhallinyarada. Isticmaal siyaabaha kale.',
    },
    phone: 'Ama wac {{phone}} adoo uu kula joogo waalidka ama mas’uulku.',
    phoneWithOption:
      'Ama wac {{phone}} adoo uu kula joogo waalidka ama mas’uulku, oo dooro doorashada {{option}}.',
    withCode:
      'Haddii dhallinyaradu hore u haysato koodh hawlgelin, halkan ayaad wada sii wadi kartaan.',
    askStaff: 'Weydii shaqaalaha inay ka caawiyaan samaynta',
    continueWithCode: 'Ku sii wad koodhka dhallinyarada',
  },
}
