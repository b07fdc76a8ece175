import type { signInTrouble as english } from '../en/sign-in-trouble'
import type { Translation } from '../../translation'

export const signInTrouble: Translation<typeof english> = {
  title: 'Haddii aadan guriga ka geli karin',
  intro: 'Tallaabooyinkan mid mid u isku day:',
  causes:
    'Dhibaatada gelitaanku badanaa waxay bilaabataa isbeddel kadib. Waxay noqon kartaa habayn asturnaan oo cusub ama barnaamij ammaan oo cusub. Waxay noqon kartaa telefoon ama kombiyuutar cusub. Habaynta cookies-ka ayaa ah sabab caadi ah. Habaynta ammaanka ee telefoonka ayaa sidoo kale caqabad noqon karta.',
  beforeSignIn: {
    heading: 'Si aad u gasho, diyaarso waxyaabahan',
    login: 'Magaca isticmaalaha ama iimaylkaaga, iyo erayga sirta ah',
    passcode: 'Telefoonkaaga ama iimaylkaaga, si aad u hesho koodh hal mar la isticmaalo',
    browser:
      'Browser uu portal-ku taageero, oo ku jira telefoon ama kombiyuutar aad ku kalsoon tahay',
    message: 'Fariin kasta oo hawlgelin ah oo aad heshay, haddii akoonkaagu cusub yahay',
  },
  general: {
    noSearch:
      'Ha ka raadin portal-ka onlayn. Goobo qaar ayaa u eg laakiin waa been. Iskaan garee koodhka QR ee aad guriga u qaadatay ama qor ciwaanka.',
    titleCheck:
      'Haddii aad raadiso, hubi cinwaanka bogga. Waa inuu yiraahdaa “Mayo Clinic”, “Mayo Clinic Patient Portal” ama “Mayo Clinic Health System”. Goobaha beenta ah magaca way koobiyeyn karaan, sidaa darteed ciwaanka ayaa ah habka ugu ammaansan.',
    rightPage: 'Bog weydiiya “LAN ID” waxaa loogu talagalay shaqaalaha. Ku noqo bogga bukaanka.',
    cookies:
      'U oggolow cookies goobta portal-ka laftiisa. Cookies waa faylal yaryar oo kaa dhiga inaad gudaha ku jirto. Ha u oggolaan dhammaan cookies-ka goob kasta. Kadib xir browser-ka, mar kale fur oo gal.',
    cookieSigns:
      'Calaamadaha in cookies-ka la xannibay: boggu ma furmo, waxaad dib ugu noqotaa bogga gelitaanka, ama waxaad aragtaa khalad inta uu hubinayo cidda aad tahay.',
    cache:
      'Nadiifi cache-ka iyo cookies-ka, kadib mar kale fur bogga. Cache-ku waa nuqulka bogagga ee browser-kaagu kaydiyo. Nadiifinta cookies-ka waxay kaa saari kartaa goobo kale.',
    privateBrowsing:
      'Inta aad gelayso, dami private browsing iyo ilaalinta adag ee la-socodka (tracking protection).',
    javascript:
      'Hubi in JavaScript uu shidan yahay. JavaScript ayaa bogagga ka dhiga inay shaqeeyaan, bogga gelitaankuna wuu u baahan yahay.',
    update:
      'Cusbooneysii browser-kaaga, iyo telefoonkaaga ama kombiyuutarkaaga, una beddel nooca ugu dambeeyay.',
    otherBrowser:
      'Isku day browser kale, ama isku day kombiyuutar halkii telefoon (ama telefoon halkii kombiyuutar).',
    restart: 'Xir oo dib u fur barnaamijka ama browser-ka, ama dib u shid qalabka.',
    freshStart:
      'Haddii bog uu kaa sii wareejiyo bog ilaa bog, ama uu sii furmayo, xir browser-ka. Kadib mar kale fur ciwaanka portal-ka.',
    minimum:
      'U oggolow oo keliya waxa portal-ku u baahan yahay. Uma baahnid inaad damiso dhammaan habaynta asturnaantaada.',
  },
  topics: {
    cookies: 'Cookies',
    cache: 'Nadiifi cache-ka iyo cookies-ka',
    privateBrowsing: 'Daalac qarsoodi ah (private browsing)',
    javascript: 'JavaScript',
  },
  browsers: {
    legend: 'Waxa aad ka raadinayso browser-kaaga',
    stepsFor: 'Waxa aad ka raadinayso {{browser}}',
    note: 'Menu-yadu way isbeddelaan nooc ilaa nooc. Sidaa darteed talooyinkan waxay sheegayaan erayada aad raadinayso, ma aha taabasho kasta.',
    chrome: {
      name: 'Chrome',
      cookies:
        'Habaynta Chrome, raadi erayada privacy, cookies ama site settings. U oggolow cookies goobta portal-ka.',
      cache:
        'Habaynta Chrome, raadi erayada browsing data, cache ama cookies. Nadiifi cache-ka iyo cookies-ka.',
      privateBrowsing: 'Xir daaqad kasta oo Incognito ah oo fur daaqad caadi ah.',
      javascript:
        'Habaynta Chrome, raadi erayga JavaScript. Hubi in goobaha loo oggol yahay inay isticmaalaan.',
    },
    edge: {
      name: 'Edge',
      cookies:
        'Habaynta Edge, raadi erayada cookies, site permissions ama tracking prevention. U oggolow cookies goobta portal-ka.',
      cache:
        'Habaynta Edge, raadi erayada browsing data, cache ama cookies. Nadiifi cache-ka iyo cookies-ka.',
      privateBrowsing: 'Xir daaqad kasta oo InPrivate ah oo fur daaqad caadi ah.',
      javascript:
        'Habaynta Edge, raadi erayga JavaScript. Hubi in goobaha loo oggol yahay inay isticmaalaan.',
    },
    safari: {
      name: 'Safari',
      cookies:
        'iPhone ama iPad, habaynta Safari waxay ku jirtaa barnaamijka Settings. Mac, waxay ku jirtaa Safari. Raadi badhan xannibaya dhammaan cookies-ka, oo dami.',
      cache:
        'Habaynta Safari, raadi erayada history, website data ama cache. Nadiifi cache-ka iyo cookies-ka.',
      privateBrowsing: 'Ka bax Private Browsing: fur tab ama daaqad caadi ah.',
      javascript: 'Habaynta Safari, raadi erayga JavaScript. Hubi inuu shidan yahay.',
    },
    firefox: {
      name: 'Firefox',
      cookies:
        'Habaynta Firefox, raadi erayada privacy, cookies ama exceptions. U oggolow cookies goobta portal-ka.',
      cache:
        'Habaynta Firefox, raadi erayada cookies, site data ama cache. Nadiifi cache-ka iyo cookies-ka.',
      privateBrowsing: 'Xir daaqad kasta oo private ah oo fur daaqad caadi ah oo cusub.',
      javascript:
        'JavaScript waa shidan yahay ilaa qof beddelo habaynta horumarsan (advanced). Haddii bogaggu weli shaqayn waayaan, isku day browser kale.',
    },
  },
  takeHome: {
    heading: 'Jidka caawimaadda guriga u qaado',
    signInPage:
      'Iskaan garee koodhkan si aad u furto bogga gelitaanka ee {{portal}}. Halkaas ka raadi xiriirka caawimaadda (help).',
    signInPageOfficial:
      'Iskaan garee koodhkan si aad u furto bogga gelitaanka rasmiga ah ee {{portal}}. Halkaas ka raadi xiriirka caawimaadda (help).',
    informationPage:
      'Iskaan garee koodhkan si aad u furto bogga ku saabsan {{portal}}. Isticmaal xiriirkiisa si aad u gasho, kadib raadi xiriirka caawimaadda (help).',
    informationPageOfficial:
      'Iskaan garee koodhkan si aad u furto bogga rasmiga ah ee ku saabsan {{portal}}. Isticmaal xiriirkiisa si aad u gasho, kadib raadi xiriirka caawimaadda (help).',
    qrLabel: 'Koodhka QR ee ciwaanka {{address}}',
    qrHint: 'Koodhku wuxuu hayaa ciwaanka oo keliya. Waxba adiga kuma saabsana.',
  },
  close: 'Ku noqo meeshii aan joogay',
}
