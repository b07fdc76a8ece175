import type { privacyTips as english } from '../en/privacy-tips'
import type { Translation } from '../../translation'

export const privacyTips: Translation<typeof english> = {
  title: 'Tiv thaiv koj tus as khauj',
  intro: 'Ua ntej koj qhib lub portal, nov yog ob peb lub tswv yim:',
  tips: {
    password: {
      title: 'Siv lo lus zais uas muaj zog.',
      body: 'Ua kom nws ntev thiab siv nws rau tus as khauj no xwb, tsis txhob siv rau lwm qhov.',
    },
    passcode: {
      title: 'Cov code siv ib zaug tsuas ntaus rau ntawm lub screen raug cai.',
      body: 'Ntaus tus code siv ib zaug tsuas yog rau ntawm lub portal nws tus kheej nplooj ntawv nkag xwb.',
    },
    neverShare: {
      title: 'Tsis txhob qhia koj cov code rau leej twg.',
      body: 'Tsis txhob xa koj lub npe siv, lo lus zais lossis cov code hauv xov tooj ntawv lossis email. Qhia rau tus neeg uas koj tau tso cai pab koj txoj kev kho mob xwb.',
    },
    officialOnly: {
      title: 'Siv cov nplooj ntawv raug cai xwb.',
      body: 'Ntaus koj cov ntaub ntawv tus kheej lossis kev noj qab haus huv rau ntawm cov nplooj ntawv thiab apps raug cai ntawm Mayo Clinic xwb.',
    },
    imDone: {
      title: 'Tawm ntawm lub portal, ces nias “Kuv ua tiav ntawm lub portal lawm”.',
      body: 'Thaum koj ua tiav, tawm ntawm lub portal, ces nias “Kuv ua tiav ntawm lub portal lawm”. Qhov ntawd tshem txhua yam tawm ntawm lub tshuab no.',
    },
    apps: {
      title: 'Xav ua ntej txuas lwm cov app.',
      body: 'Yog koj txuas lwm lub app rau koj cov ntaub ntawv kho mob, saib kom koj ntseeg tau nws thiab nws yuav pom dab tsi. Thaum qhia lawm, lub app ntawd nws tus kheej cov cai tswj hwm.',
    },
    ownDevice: {
      title: 'Thaum nyob tsev, siv koj tus kheej lub cuab yeej.',
      body: 'Hloov kho nws lub browser thiab nws lub system kom tshiab.',
    },
  },
  ownPhone: {
    body: 'Koj puas xav siv koj tus kheej lub xov tooj? Koj nqa tau qhov chaw nyob vev xaib sau npe nrog koj thiab ua kom tiav rau ntawd.',
    button: 'Ua kom tiav ntawm kuv lub xov tooj hloov',
  },
  continue: 'Qhib lub portal',
  continueOfficial: 'Qhib lub portal raug cai',
}
