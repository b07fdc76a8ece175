import type { signInTrouble as english } from '../en/sign-in-trouble'
import type { Translation } from '../../translation'

export const signInTrouble: Translation<typeof english> = {
  title: 'Nkag tsis tau thaum nyob tsev',
  intro: 'Sim cov kauj ruam no ib qho zuj zus:',
  causes:
    'Kev nkag tsis tau feem ntau pib tom qab muaj kev hloov. Tej zaum yog kev teeb tshiab rau kev ceev ntiag tug lossis ib lub app kev ruaj ntseg tshiab. Tej zaum yog lub xov tooj lossis lub computer tshiab. Cov chaw teeb tsa cookies feem ntau yog qhov ua rau muaj teeb meem. Kev teeb tsa kev ruaj ntseg ntawm lub xov tooj kuj thaiv tau thiab.',
  beforeSignIn: {
    heading: 'Yuav nkag, npaj cov no cia',
    login: 'Koj lub npe siv lossis email, thiab koj tus password',
    passcode: 'Koj lub xov tooj lossis email, kom tau ib tus code siv ib zaug',
    browser:
      'Ib lub browser uas lub portal txhawb, nyob hauv ib lub xov tooj lossis computer koj ntseeg tau',
    message: 'Tej tsab xov qhib account koj tau txais, yog koj tus account tshiab',
  },
  general: {
    noSearch:
      'Tsis txhob nrhiav lub portal hauv online. Muaj qee lub vev xaib zoo li nws tab sis yog cuav. Scan koj tus QR code nqa mus tsev lossis ntaus qhov chaw nyob vev xaib.',
    titleCheck:
      'Yog koj nrhiav, saib lub npe ntawm nplooj ntawv. Nws yuav tsum hais tias “Mayo Clinic”, “Mayo Clinic Patient Portal” lossis “Mayo Clinic Health System”. Cov chaw cuav theej tau lub npe, yog li qhov chaw nyob (address) thiaj yog txoj kev nyab xeeb tshaj.',
    rightPage:
      'Nplooj ntawv uas nug “LAN ID” yog rau cov neeg ua haujlwm. Rov qab mus rau nplooj ntawv rau neeg mob.',
    cookies:
      'Tso cai rau cookies rau lub portal nws tus kheej lub vev xaib. Cookies yog cov ntaub ntawv me me uas khaws koj kom tseem nkag nyob. Tsis txhob tso cai rau txhua lub cookies los ntawm txhua lub vev xaib. Ces kaw lub browser, qhib dua thiab nkag.',
    cookieSigns:
      'Cov cim qhia tias cookies raug thaiv: nplooj ntawv tsis qhib, koj rov qab los rau nplooj ntawv nkag ntxiv, lossis koj pom ib qho yuam kev thaum nws kuaj seb koj yog leej twg.',
    cache:
      'Tshem cov cache thiab cookies, ces qhib nplooj ntawv dua. Cache yog cov nplooj ntawv uas koj lub browser khaws cia. Kev tshem cookies yuav tawm koj ntawm lwm lub vas sab.',
    privateBrowsing: 'Kaw private browsing thiab tracking protection nruj thaum koj nkag.',
    javascript:
      'Saib kom JavaScript qhib. JavaScript yog yam ua rau nplooj ntawv ua haujlwm, thiab nplooj ntawv nkag xav tau nws.',
    update:
      'Hloov kho koj lub browser, thiab koj lub xov tooj lossis computer, kom yog qhov tshiab tshaj plaws.',
    otherBrowser: 'Sim lwm lub browser, lossis hloov ntawm lub computer mus rau lub xov tooj.',
    restart: 'Kaw thiab rov qhib lub app lossis browser, lossis rov pib lub cuab yeej dua.',
    freshStart:
      'Yog ib nplooj ntawv xa koj mus los tsis tu, lossis thauj mus tsis tiav, kaw lub browser. Ces qhib lub portal qhov chaw nyob dua.',
    minimum:
      'Tsuas tso cai rau yam lub portal xav tau xwb. Koj tsis tas yuav kaw tag nrho koj cov kev teeb ceev ntiag tug.',
  },
  topics: {
    cookies: 'Cookies',
    cache: 'Tshem cov cache thiab cookies',
    privateBrowsing: 'Kev saib ntiag tug (private browsing)',
    javascript: 'JavaScript',
  },
  browsers: {
    legend: 'Yam yuav nrhiav hauv koj lub browser',
    stepsFor: 'Yam yuav nrhiav hauv {{browser}}',
    note: 'Cov menu hloov ntawm ib version mus rau ib version. Yog li cov lus qhia no hais cov lus yuav nrhiav, tsis yog txhua zaus nias.',
    chrome: {
      name: 'Chrome',
      cookies:
        'Hauv Chrome qhov chaw teeb tsa, nrhiav cov lus privacy, cookies lossis site settings. Cia cookies rau lub portal lub vas sab.',
      cache:
        'Hauv Chrome qhov chaw teeb tsa, nrhiav cov lus browsing data, cache lossis cookies. Tshem cov cache thiab cookies.',
      privateBrowsing: 'Kaw txhua lub qhov rais Incognito thiab qhib ib lub qhov rais ib txwm.',
      javascript:
        'Hauv Chrome qhov chaw teeb tsa, nrhiav lo lus JavaScript. Saib kom cov vas sab siv tau nws.',
    },
    edge: {
      name: 'Edge',
      cookies:
        'Hauv Edge qhov chaw teeb tsa, nrhiav cov lus cookies, site permissions lossis tracking prevention. Cia cookies rau lub portal lub vas sab.',
      cache:
        'Hauv Edge qhov chaw teeb tsa, nrhiav cov lus browsing data, cache lossis cookies. Tshem cov cache thiab cookies.',
      privateBrowsing: 'Kaw txhua lub qhov rais InPrivate thiab qhib ib lub qhov rais ib txwm.',
      javascript:
        'Hauv Edge qhov chaw teeb tsa, nrhiav lo lus JavaScript. Saib kom cov vas sab siv tau nws.',
    },
    safari: {
      name: 'Safari',
      cookies:
        'Ntawm iPhone lossis iPad, Safari qhov chaw teeb tsa nyob hauv lub app Settings. Ntawm Mac, nws nyob hauv Safari. Nrhiav ib lub khawm uas thaiv tag nrho cookies, thiab muab kaw.',
      cache:
        'Hauv Safari qhov chaw teeb tsa, nrhiav cov lus history, website data lossis cache. Tshem cov cache thiab cookies.',
      privateBrowsing: 'Tawm ntawm Private Browsing: qhib ib lub tab lossis qhov rais ib txwm.',
      javascript: 'Hauv Safari qhov chaw teeb tsa, nrhiav lo lus JavaScript. Saib kom nws qhib.',
    },
    firefox: {
      name: 'Firefox',
      cookies:
        'Hauv Firefox qhov chaw teeb tsa, nrhiav cov lus privacy, cookies lossis exceptions. Cia cookies rau lub portal lub vas sab.',
      cache:
        'Hauv Firefox qhov chaw teeb tsa, nrhiav cov lus cookies, site data lossis cache. Tshem cov cache thiab cookies.',
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
