import type { portalChoice as english } from '../en/portal-choice'
import type { Translation } from '../../translation'

export const portalChoice: Translation<typeof english> = {
  title: 'Koj mus kho mob qhov twg?',
  intro: 'Koj cov lus teb qhia rau peb tias lub portal neeg mob twg yog koj li.',
  looksDifferent:
    'Txhua lub portal cov nplooj ntawv nkag thiab pab cuam zoo txawv me ntsis, txawm tias lawv coj mus rau tib cov ntaub ntawv.',
  legend: 'Xaiv ib qho',
  notSure: {
    label: 'Kuv tsis paub meej',
    description: 'Peb yuav pab koj nrhiav saib hauv koj cov ntaub ntawv.',
  },
  pleaseChoose: 'Thov xaiv ib lo lus teb ua ntej.',
  continue: 'Mus ntxiv',
  helper: {
    title: 'Lub portal twg yog koj li?',
    intro:
      'Saib koj cov ntaub ntawv ntawm koj qhov kev mus ntsib kws kho mob, ib daim nqi, lossis koj tsab ntawv qhib as khauj. Tsab ntawv ntawd tej zaum tuaj hauv email, hauv xov tooj ntawv lossis ua daim ntawv.',
    checkOrder:
      'Pib ntawm kab saum toj kawg nkaus. Xaiv thawj lub npe uas muaj nyob hauv koj cov ntaub ntawv: ntawd yog koj lub portal.',
    caption: 'Lub portal twg yuav xaiv raws li lub npe hauv koj cov ntaub ntawv',
    papersSay: 'Koj cov ntaub ntawv hais tias',
    yourPortal: 'Koj lub portal',
    quoted: '“{{name}}”',
    choose: 'Xaiv {{name}}',
    stillUnsure: 'Tseem tsis paub meej?',
    askOrCall: 'Koj nug tau ntawm lub rooj txais tos, lossis hu rau {{phone}}.',
    staff: 'Thov neeg ua haujlwm nrhiav rau koj',
  },
}
