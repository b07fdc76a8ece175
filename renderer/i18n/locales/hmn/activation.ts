import type { activation as english } from '../en/activation'
import type { Translation } from '../../translation'

export const activation: Translation<typeof english> = {
  title: 'Koj cov ntaub ntawv',
  intro:
    'Lub tshuab muaj peev xwm ntaus cov no rau hauv daim ntawv ntawm lub portal rau koj. Nws ua li ntawd tsuas yog thaum koj nias “Sau kuv cov ntaub ntawv rau hauv daim ntawv ntawm lub portal”. Lawv nyob hauv lub tshuab no lub cim xeeb thiab raug tshem tawm thaum koj nias “Kuv ua tiav lawm”.',
  formLabel: 'Cov ntaub ntawv qhib as khauj',
  holderNote: {
    caregiver:
      'Ntaus koj tus kheej cov ntaub ntawv. Koj thov kev saib lwm tus neeg cov ntaub ntawv hauv ib kauj ruam sib cais.',
    teen: 'Ntaus tus tub ntxhais hluas cov ntaub ntawv, tsis yog niam txiv lossis tus saib xyuas li.',
  },
  codeOnly: {
    title: 'Koj tus code qhib as khauj',
    intro:
      'Ntaus tus code hauv koj email, xov tooj ntawv lossis daim ntawv luam. Lub tshuab siv nws rau ib yam xwb: ntawm nplooj ntawv ntawm lub portal, nias “Ntaus kuv tus code qhib as khauj” thiab lub tshuab yuav ntaus nws rau koj.',
    formLabel: 'Koj tus code rau nplooj ntawv ntawm lub portal',
    teenTitle: 'Tus hluas tus code qhib account',
    erased: 'Tus code tsis raug khaws cia. Nws raug tshem tawm thaum koj nias “Kuv ua tiav lawm”.',
  },
  activationCode: {
    label: 'Tus code qhib as khauj',
    hint: 'Feem ntau yog {{groups}} pawg, txhua pawg muaj {{length}} tus ntawv thiab tus lej, zoo li {{example}}. Muaj qhov chaw khoob thiab kab nruab nrab los tau.',
    checkIt:
      'Tus code no tsis zoo li hom ib txwm ({{groups}} pawg ntawm {{length}}). Thov muab piv rau koj tsab ntawv. Yog nws yog lawm, nias “Mus ntxiv” dua ib zaug.',
  },
  firstName: {
    label: 'Lub npe raws cai',
    hint: 'Raws li nyob ntawm koj daim ID.',
  },
  lastName: {
    label: 'Lub xeem raws cai',
    hint: 'Raws li nyob ntawm koj daim ID, nrog rau tej lo lus ntxiv tom qab xws li Jr.',
  },
  dateOfBirth: {
    legend: 'Hnub yug',
    hint: 'Lub hli, ces hnub, ces xyoo. Piv txwv: 3 14 1985.',
    order: 'month day year',
    month: 'Lub hli',
    day: 'Hnub',
    year: 'Xyoo',
  },
  email: {
    label: 'Qhov chaw nyob email',
    hint: 'Lub portal xa cov lus thiab cov code rau ntawm no.',
  },
  mayoClinicNumber: {
    label: 'Tus lej Mayo Clinic (tsis tas yuav muaj)',
    hint: 'Tso nws khoob yog koj tsis paub.',
  },
  teen: {
    firstName: {
      label: 'Tus hluas lub npe pem hauv ntej raws cai',
      hint: 'Raws li nyob hauv nws daim ID.',
    },
    lastName: {
      label: 'Tus hluas lub xeem raws cai',
      hint: 'Raws li nyob hauv nws daim ID, nrog rau tej yam xws li Jr.',
    },
    dateOfBirth: {
      legend: 'Nws hnub yug',
    },
    email: {
      label: 'Tus hluas tus email',
      hint: 'Lub portal xa xov thiab code mus rau qhov no.',
    },
    mayoClinicNumber: {
      label: 'Nws tus lej Mayo Clinic (tsis tas yuav muaj)',
      hint: 'Tso tseg yog koj tsis paub.',
    },
  },
  submit: 'Mus ntxiv',
  otherPath: {
    teen: 'Teeb ib tus as khauj rau tus tub ntxhais hluas hloov',
    self: 'Teeb tus as khauj rau kuv hloov',
  },
  errors: {
    activationCode: {
      required: 'Ntaus koj tus code qhib as khauj.',
      tooLong: 'Qhov ntawd ntev dhau rau ib tus code qhib as khauj. Kuaj nws thiab sim dua.',
    },
    firstName: {
      required: 'Ntaus koj lub npe raws cai.',
      tooLong: 'Lub npe ntawd ntev dhau rau daim ntawv no. Thov neeg ua haujlwm pab.',
      characters: 'Siv cov ntawv, qhov chaw khoob thiab cov cim - ’ . , xwb.',
    },
    lastName: {
      required: 'Ntaus koj lub xeem raws cai.',
      tooLong: 'Lub xeem ntawd ntev dhau rau daim ntawv no. Thov neeg ua haujlwm pab.',
      characters: 'Siv cov ntawv, qhov chaw khoob thiab cov cim - ’ . , xwb.',
    },
    dateOfBirth: {
      required: 'Ntaus hnub yug.',
      incomplete: 'Ntaus lub hli, hnub thiab xyoo.',
      notNumbers: 'Siv tus lej xwb, piv txwv 3 14 1985.',
      yearFormat: 'Ntaus xyoo ua 4 tus lej, piv txwv 1985.',
      notRealDate: 'Hnub ntawd tsis muaj tiag. Kuaj lub hli thiab hnub.',
      future: 'Hnub yug yuav tsum tsis yog hnub tom ntej.',
      tooOld: 'Kuaj xyoo: hnub ntawd ntev dhau lawm.',
      selfTooYoung:
        '“Kuv” yog rau cov neeg laus, muaj 18 xyoo los sis laus dua. Yog koj muaj 13 txog 17 xyoo, koj teeb tau ib tus as khauj rau tus tub ntxhais hluas nrog niam txiv lossis tus saib xyuas.',
      caregiverTooYoung:
        'Koj yuav tsum muaj 18 xyoo los sis laus dua thiaj pab tau lwm tus neeg txoj kev kho mob hauv online. Yog koj muaj 13 txog 17 xyoo, koj teeb tau koj tus kheej tus as khauj rau tus tub ntxhais hluas.',
      teenTooYoung:
        'Tus as khauj rau tus tub ntxhais hluas yog rau hnub nyoog 13 txog 17 xyoo. Cov menyuam hnub nyoog qis dua 13 xyoo tsis muaj tau lawv tus kheej tus as khauj. Niam txiv nug tau cov neeg ua haujlwm txog kev saib.',
      teenTooOld:
        'Tus neeg no muaj 18 xyoo los sis laus dua, yog li tus as khauj yog nws tus kheej tus as khauj rau neeg laus.',
    },
    email: {
      required: 'Ntaus koj qhov chaw nyob email.',
      tooLong: 'Qhov chaw nyob email ntawd ntev dhau.',
      invalid: 'Ntaus ib qhov chaw nyob email zoo li name@example.com.',
    },
    mayoClinicNumber: {
      characters: 'Siv tus lej xwb, lossis tso nws khoob.',
    },
  },
}
