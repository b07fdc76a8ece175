import type { signInTrouble as english } from '../en/sign-in-trouble'
import type { Translation } from '../../translation'

export const signInTrouble: Translation<typeof english> = {
  title: 'Haddii aadan guriga ka geli karin',
  intro: 'Tallaabooyinkan mid mid u isku day:',
  causes:
    'Dhibaatada gelitaanku badanaa waxay bilaabataa isbeddel kadib. Waxay noqon kartaa habayn asturnaan oo cusub ama barnaamij ammaan oo cusub. Waxay noqon kartaa telefoon ama kombiyuutar cusub.',
  general: {
    noSearch:
      'Ha ka raadin portal-ka onlayn. Goobo qaar ayaa u eg laakiin waa been. Iskaan garee koodhka QR ee aad guriga u qaadatay ama qor ciwaanka.',
    rightPage: 'Bog weydiiya “LAN ID” waxaa loogu talagalay shaqaalaha. Ku noqo bogga bukaanka.',
    cookies:
      'U oggolow cookies goobta portal-ka laftiisa. Cookies waa faylal yaryar oo kaa dhiga inaad gudaha ku jirto. Ha u oggolaan dhammaan cookies-ka goob kasta.',
    cache:
      'Nadiifi cache-ka, kadib mar kale fur bogga. Cache-ku waa nuqulka bogagga ee browser-kaagu kaydiyo.',
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
      'Haddii bog uu sii furmayo oo aanu weligii dhammaanayn, xir browser-ka. Kadib mar kale fur ciwaanka portal-ka.',
    minimum:
      'U oggolow oo keliya waxa portal-ku u baahan yahay. Uma baahnid inaad damiso dhammaan habaynta asturnaantaada.',
  },
  topics: {
    cookies: 'Cookies',
    cache: 'Nadiifi cache-ka',
    privateBrowsing: 'Daalac qarsoodi ah (private browsing)',
    javascript: 'JavaScript',
  },
  browsers: {
    legend: 'Waxa aad ka raadinayso browser-kaaga',
    stepsFor: 'Waxa aad ka raadinayso {{browser}}',
    note: 'Menu-yadu way isbeddelaan nooc ilaa nooc, sidaa darteed talooyinkan waxay sheegayaan waxa aad raadinayso, ma aha taabasho kasta.',
    chrome: {
      name: 'Chrome',
      cookies:
        'Gudaha Settings, hel qaybta asturnaanta (privacy), kadibna qaybta cookies. Ku dar goobta portal-ka goobaha loo oggol yahay cookies.',
      cache:
        'Gudaha Settings, raadi Delete browsing data. Dooro oo keliya cached images and files, kadib tirtir.',
      privateBrowsing: 'Xir daaqad kasta oo Incognito ah oo fur daaqad caadi ah.',
      javascript:
        'Gudaha Settings, raadi Site settings, kadibna JavaScript. Hubi in goobaha loo oggol yahay inay isticmaalaan.',
    },
    edge: {
      name: 'Edge',
      cookies:
        'Gudaha Settings, raadi Cookies and site permissions. Ku dar goobta portal-ka goobaha la oggol yahay. Tracking prevention ku hay Balanced.',
      cache:
        'Gudaha Settings, raadi Privacy, kadibna Delete browsing data. Dooro oo keliya cached images and files.',
      privateBrowsing: 'Xir daaqad kasta oo InPrivate ah oo fur daaqad caadi ah.',
      javascript: 'Gudaha Settings, raadi Cookies and site permissions, kadibna JavaScript. Shid.',
    },
    safari: {
      name: 'Safari',
      cookies:
        'iPhone ama iPad: fur barnaamijka Settings oo hel Safari (telefoonnada cusub waxay ku jirtaa Apps). Hubi in “Block All Cookies” uu dansan yahay. Mac: gudaha settings-ka Safari, eeg Privacy.',
      cache:
        'iPhone ama iPad: gudaha settings-ka Safari, raadi Clear History and Website Data. Mac: gudaha settings-ka Safari, raadi Manage Website Data.',
      privateBrowsing:
        'iPhone ama iPad: taabo badhanka tabs-ka oo ka bax kooxda Private. Mac: xir daaqadaha private-ka ah oo fur mid caadi ah.',
      javascript:
        'iPhone ama iPad: gudaha settings-ka Safari, JavaScript ka raadi hoosta Advanced. Mac: gudaha settings-ka Safari, eeg Security.',
    },
    firefox: {
      name: 'Firefox',
      cookies:
        'Gudaha Settings, raadi Privacy & Security. Dooro Standard protection, ama goobta portal-ka ku dar ka-reeban (exception).',
      cache:
        'Gudaha Settings, tag Privacy & Security. Hel Cookies and Site Data. Nadiifi oo keliya cached web content.',
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
