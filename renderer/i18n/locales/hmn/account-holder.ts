import type { accountHolder as english } from '../en/account-holder'
import type { Translation } from '../../translation'

export const accountHolder: Translation<typeof english> = {
  title: 'Tus as khauj no yog rau leej twg?',
  legend: 'Tus as khauj no yog rau',
  self: {
    label: 'Kuv',
    description: 'Tus as khauj yog rau kuv, thiab kuv muaj 18 xyoo los sis laus dua.',
  },
  caregiver: {
    label: 'Ib tus neeg uas kuv saib xyuas',
    description:
      'Ib tug menyuam, niam lossis txiv, lossis lwm tus neeg uas kuv pab saib xyuas nws txoj kev kho mob.',
  },
  teen: {
    label: 'Ib tug tub ntxhais hluas hnub nyoog 13 txog 17 xyoo',
    description: 'Tus tub ntxhais hluas thiab niam txiv lossis tus saib xyuas nyob ntawm no ua ke.',
  },
  pleaseChoose: 'Thov xaiv ib lo lus teb ua ntej.',
  continue: 'Mus ntxiv',
  caregiverInfo: {
    title: 'Pab lwm tus neeg nrog nws txoj kev kho mob',
    intro:
      'Yuav saib tau lwm tus neeg cov ntaub ntawv kho mob hauv online, koj yuav tsum muaj kev tso cai saib hloov (proxy access). Proxy access txhais tias koj siv koj tus kheej tus as khauj los saib nws cov ntaub ntawv.',
    notTheirLogin:
      'Tsis txhob siv lwm tus neeg lub npe siv lossis lo lus zais los nkag. Siv koj tus kheej tus as khauj.',
    authorized:
      'Koj thov qhov no raws li txoj kev thov raug cai ntawm lub tsev kho mob. Tus neeg ntawd, lossis nws tus neeg sawv cev raws cai, yuav tsum pom zoo.',
    adult: 'Koj yuav tsum muaj 18 xyoo los sis laus dua thiaj muaj tau proxy access.',
    underAge:
      'Yog koj muaj 13 txog 17 xyoo, koj teeb tau koj tus kheej tus as khauj rau tus tub ntxhais hluas nrog koj niam txiv lossis tus saib xyuas.',
    teenPath: 'Kuv muaj 13 txog 17 xyoo',
    staff: {
      ask: 'Nug ntawm lub rooj txais tos seb yuav thov proxy access ntawm no li cas.',
      yes: 'Lub rooj txais tos ntawm no muaj daim ntawv thov thiab piav tau cov kauj ruam.',
      no: 'Lub rooj txais tos ntawm no tsis muaj daim ntawv thov. Hu rau kab pab cuam nug seb yuav ua li cas.',
    },
    ownAccountFirst:
      'Koj teeb tau koj tus kheej tus as khauj tam sim no. Thaum proxy access tau pom zoo lawm, koj yuav pom nws cov ntaub ntawv hauv koj tus as khauj.',
    askStaff: 'Nug neeg ua haujlwm txog proxy access',
    setUpMine: 'Teeb kuv tus kheej tus as khauj',
  },
  teenInfo: {
    title: 'Teeb tus as khauj rau ib tug tub ntxhais hluas',
    intro:
      'Cov tub ntxhais hluas hnub nyoog 13 txog 17 xyoo muaj tau lawv tus kheej tus as khauj. Nws raug teeb nrog niam txiv lossis tus saib xyuas.',
    parentView:
      'Txij li hnub nyoog 13 xyoo, niam txiv pom tus tub ntxhais hluas cov ntaub ntawv hauv online tsawg dua. Piv txwv, niam txiv tsis pom cov txiaj ntsig kuaj mob lawm.',
    waysHeading: 'Txoj kev teeb',
    staff: {
      ask: 'Thaum niam txiv lossis tus saib xyuas nyob ntawm no, nug ntawm lub rooj txais tos seb lawv puas pab teeb tau.',
      yes: 'Thaum niam txiv lossis tus saib xyuas nyob ntawm no, lub rooj txais tos pab teeb tau.',
      no: 'Lub rooj txais tos ntawm no tsis teeb account rau cov hluas. Siv lwm txoj kev.',
    },
    phone: 'Lossis hu rau {{phone}} thaum niam txiv lossis tus saib xyuas nyob ua ke.',
    phoneWithOption:
      'Lossis hu rau {{phone}} thaum niam txiv lossis tus saib xyuas nyob ua ke, thiab xaiv tus lej {{option}}.',
    withCode:
      'Yog tus tub ntxhais hluas twb muaj tus code qhib as khauj lawm, nej mus ntxiv tau ntawm no ua ke.',
    askStaff: 'Thov neeg ua haujlwm pab teeb',
    continueWithCode: 'Mus ntxiv nrog tus tub ntxhais hluas tus code',
  },
}
