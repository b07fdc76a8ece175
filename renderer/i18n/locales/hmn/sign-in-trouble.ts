import type { signInTrouble as english } from '../en/sign-in-trouble'
import type { Translation } from '../../translation'

export const signInTrouble: Translation<typeof english> = {
  title: 'Nkag tsis tau thaum nyob tsev',
  intro: 'Sim cov kauj ruam no ib qho zuj zus:',
  causes:
    'Kev nkag tsis tau feem ntau pib tom qab muaj kev hloov. Tej zaum yog kev teeb tshiab rau kev ceev ntiag tug lossis ib lub app kev ruaj ntseg tshiab. Tej zaum yog lub xov tooj lossis lub computer tshiab.',
  general: {
    noSearch:
      'Tsis txhob nrhiav lub portal hauv online. Muaj qee lub vev xaib zoo li nws tab sis yog cuav. Scan koj tus QR code nqa mus tsev lossis ntaus qhov chaw nyob vev xaib.',
    rightPage:
      'Nplooj ntawv uas nug “LAN ID” yog rau cov neeg ua haujlwm. Rov qab mus rau nplooj ntawv rau neeg mob.',
    cookies:
      'Tso cai rau cookies rau lub portal nws tus kheej lub vev xaib. Cookies yog cov ntaub ntawv me me uas khaws koj kom tseem nkag nyob. Tsis txhob tso cai rau txhua lub cookies los ntawm txhua lub vev xaib.',
    cache:
      'Tshem lub cache, ces qhib nplooj ntawv dua. Lub cache yog cov nplooj ntawv uas koj lub browser khaws cia.',
    privateBrowsing: 'Kaw private browsing thiab tracking protection nruj thaum koj nkag.',
    javascript:
      'Saib kom JavaScript qhib. JavaScript yog yam ua rau nplooj ntawv ua haujlwm, thiab nplooj ntawv nkag xav tau nws.',
    update:
      'Hloov kho koj lub browser, thiab koj lub xov tooj lossis computer, kom yog qhov tshiab tshaj plaws.',
    otherBrowser: 'Sim lwm lub browser, lossis hloov ntawm lub computer mus rau lub xov tooj.',
    restart: 'Kaw thiab rov qhib lub app lossis browser, lossis rov pib lub cuab yeej dua.',
    freshStart:
      'Yog ib nplooj ntawv qhib mus tsis tiav li, kaw lub browser. Ces qhib lub portal qhov chaw nyob vev xaib dua.',
    minimum:
      'Tsuas tso cai rau yam lub portal xav tau xwb. Koj tsis tas yuav kaw tag nrho koj cov kev teeb ceev ntiag tug.',
  },
  topics: {
    cookies: 'Cookies',
    cache: 'Tshem lub cache',
    privateBrowsing: 'Kev saib ntiag tug (private browsing)',
    javascript: 'JavaScript',
  },
  browsers: {
    legend: 'Yam yuav nrhiav hauv koj lub browser',
    stepsFor: 'Yam yuav nrhiav hauv {{browser}}',
    note: 'Cov menu hloov ntawm ib version mus rau ib version, yog li cov lus qhia no hais tias yuav nrhiav dab tsi, tsis yog txhua zaus nias.',
    chrome: {
      name: 'Chrome',
      cookies:
        'Hauv Settings, nrhiav qhov hais txog privacy, ces qhov hais txog cookies. Ntxiv lub portal lub vev xaib rau cov vev xaib uas siv tau cookies.',
      cache:
        'Hauv Settings, nrhiav Delete browsing data. Xaiv cached images and files xwb, ces rho tawm.',
      privateBrowsing: 'Kaw txhua lub qhov rais Incognito thiab qhib ib lub qhov rais ib txwm.',
      javascript:
        'Hauv Settings, nrhiav Site settings, ces JavaScript. Saib kom cov vev xaib siv tau nws.',
    },
    edge: {
      name: 'Edge',
      cookies:
        'Hauv Settings, nrhiav Cookies and site permissions. Ntxiv lub portal lub vev xaib rau cov vev xaib uas tso cai. Cia tracking prevention nyob ntawm Balanced.',
      cache:
        'Hauv Settings, nrhiav Privacy, ces Delete browsing data. Xaiv cached images and files xwb.',
      privateBrowsing: 'Kaw txhua lub qhov rais InPrivate thiab qhib ib lub qhov rais ib txwm.',
      javascript: 'Hauv Settings, nrhiav Cookies and site permissions, ces JavaScript. Qhib nws.',
    },
    safari: {
      name: 'Safari',
      cookies:
        'iPhone lossis iPad: qhib lub app Settings thiab nrhiav Safari (ntawm cov xov tooj tshiab nws nyob hauv Apps). Saib kom “Block All Cookies” kaw. Mac: hauv Safari cov settings, saib hauv Privacy.',
      cache:
        'iPhone lossis iPad: hauv Safari cov settings, nrhiav Clear History and Website Data. Mac: hauv Safari cov settings, nrhiav Manage Website Data.',
      privateBrowsing:
        'iPhone lossis iPad: nias lub pob tabs thiab tawm ntawm pawg Private. Mac: kaw cov qhov rais private thiab qhib ib lub ib txwm.',
      javascript:
        'iPhone lossis iPad: hauv Safari cov settings, saib hauv qab Advanced rau JavaScript. Mac: hauv Safari cov settings, saib hauv Security.',
    },
    firefox: {
      name: 'Firefox',
      cookies:
        'Hauv Settings, nrhiav Privacy & Security. Xaiv Standard protection, lossis ntxiv lub portal lub vev xaib ua ib qho exception.',
      cache:
        'Hauv Settings, mus rau Privacy & Security. Nrhiav Cookies and Site Data. Tshem cached web content xwb.',
      privateBrowsing:
        'Kaw txhua lub qhov rais private thiab qhib ib lub qhov rais ib txwm tshiab.',
      javascript:
        'JavaScript qhib tshwj tsis yog muaj leej twg hloov cov advanced settings. Yog nplooj ntawv tseem tsis ua haujlwm, sim lwm lub browser.',
    },
  },
  takeHome: {
    heading: 'Nqa txoj kev nrhiav kev pab mus tsev',
    signInPage:
      'Scan tus code no kom qhib tau nplooj ntawv nkag ntawm {{portal}}. Nrhiav nws qhov txuas pab (help) rau ntawd.',
    signInPageOfficial:
      'Scan tus code no kom qhib tau nplooj ntawv nkag raug cai ntawm {{portal}}. Nrhiav nws qhov txuas pab (help) rau ntawd.',
    informationPage:
      'Scan tus code no kom qhib tau nplooj ntawv txog {{portal}}. Siv nws qhov txuas los nkag, ces nrhiav qhov txuas pab (help).',
    informationPageOfficial:
      'Scan tus code no kom qhib tau nplooj ntawv raug cai txog {{portal}}. Siv nws qhov txuas los nkag, ces nrhiav qhov txuas pab (help).',
    qrLabel: 'QR code ntawm qhov chaw nyob vev xaib {{address}}',
    qrHint: 'Tus code tsuas muaj qhov chaw nyob vev xaib xwb. Nws tsis muaj dab tsi txog koj.',
  },
  close: 'Rov qab mus qhov kuv nyob',
}
