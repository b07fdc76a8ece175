import type { portalFeatures as english } from '../en/portal-features'
import type { Translation } from '../../translation'

export const portalFeatures: Translation<typeof english> = {
  title: 'Waxa aad onlayn ku samayn karto',
  intro: 'Akoonkaaga, waxyaabo badan ayaad ku samayn kartaa adoon telefoon wicin ama warqad qorin:',
  topics: {
    health: {
      title: 'Arag diiwaankaaga caafimaadka.',
      body: 'Akhri natiijooyinka baaritaanka, qoraallada kooxda daryeelkaaga, liiska daawooyinkaaga, iyo soo koobidda booqashooyinkaaga.',
    },
    appointments: {
      title: 'Maamul booqashooyinka.',
      body: 'Arag ballamahaaga soo socda.',
    },
    messages: {
      title: 'Maamul fariimaha.',
      body: 'Akoonkaagu wuxuu leeyahay sanduuq gaar ah oo loogu talagalay fariimaha ku saabsan daryeelkaaga.',
    },
    video: {
      title: 'Booqashooyin qaar ku samee fiidiyow.',
      body: 'Ballamaha qaar waxay ku dhacaan fiidiyow. Waxaad uga biiraysaa akoonkaaga.',
    },
    bills: {
      title: 'Bixi biilasha.',
      body: 'Si aad u bixiso, waxaa laga yaabaa inaad u baahato lambarka akoonka ee biilkaaga iyo taariikhda dhalashada bukaanka. Ama waxaa laga yaabaa inaad u baahato guarantor ID. Guarantor-ku waa qofka bixiya biilka. Waxaad sidoo kale akhrin kartaa ogeysiisyada biilasha.',
    },
    preferences: {
      title: 'Dooro sida aan kuula soo xiriirno.',
      body: 'Cusbooneysii xogta xiriirkaaga iyo sida aad u hesho biilasha iyo ogeysiisyada.',
    },
    refills: {
      title: 'Codso daawo dib loo buuxiyo.',
      body: 'Waxaad codsan kartaa dib-u-buuxinta qaar ka mid ah daawooyinka qoraalka ah, oo ay ku jiraan farmashiyeyaasha Mayo Clinic qaarkood. Dhammaan codsiyadaada waxaad ka raaci kartaa hal meel. Daawo kasta lama codsan karo onlayn. Haddii aadan onlayn ku codsan karin, wac kooxda daryeelkaaga ama farmashiyaha.',
    },
    apps: {
      title: 'Ku xir barnaamijyo kale, si taxaddar leh.',
      body: 'Macluumaadkaaga caafimaadka waxaad la wadaagi kartaa barnaamij caafimaad oo kale. Marka hore, hubi inaad ku kalsoon tahay barnaamijka iyo waxa uu codsanayo inuu arko. Marka la wadaago, xeerarka asturnaanta ee barnaamijkaas ayaa khuseeya.',
    },
  },
  varies:
    'Waxa aad samayn karto, iyo sida aad u gasho, way ku kala duwanaan karaan meesha aad daryeelka ka hesho. Adeegyada qaar lagama bixiyo goob kasta.',
  medical: 'Su’aalaha ku saabsan caafimaadkaaga, la xiriir kooxda daryeelkaaga.',
  continue: 'Sii wad',
  close: 'Ku noqo meeshii aan joogay',
}
