import type { portalChoice as english } from '../en/portal-choice'
import type { Translation } from '../../translation'

export const portalChoice: Translation<typeof english> = {
  title: 'Xaggee ayaad ka hesho daryeel caafimaad?',
  intro: 'Jawaabtaadu waxay noo sheegaysaa portal-ka bukaanka ee adiga kuu gaarka ah.',
  looksDifferent:
    'Bogagga gelitaanka iyo caawimaadda ee portal kasta way yara kala duwan yihiin, xitaa marka ay u horseedaan isla diiwaanka.',
  legend: 'Mid dooro',
  notSure: {
    label: 'Ma hubo',
    description: 'Waxaan kaa caawinaynaa inaad ka ogaato waraaqahaaga.',
  },
  pleaseChoose: 'Fadlan marka hore dooro hal jawaab.',
  continue: 'Sii wad',
  helper: {
    title: 'Portal-kee ayaa adiga kuu gaar ah?',
    intro:
      'Eeg waraaqaha booqashadaada, biil, ama fariinta hawlgelinta. Fariintu waxay ku iman kartay iimayl, fariin qoraal ah ama warqad.',
    checkOrder:
      'Ka bilow safka ugu sarreeya. Dooro magaca ugu horreeya ee ku qoran waraaqahaaga: kaasi waa portal-kaaga.',
    caption: 'Portal-ka aad dooranayso, iyadoo loo eegayo magaca ku qoran waraaqahaaga',
    papersSay: 'Waraaqahaaga waxaa ku qoran',
    yourPortal: 'Portal-kaaga',
    quoted: '“{{name}}”',
    choose: 'Dooro {{name}}',
    stillUnsure: 'Weli ma hubtid?',
    askOrCall: 'Waxaad weydiin kartaa miiska soo dhaweynta, ama wac {{phone}}.',
    staff: 'Weydii shaqaalaha inay kuu eegaan',
  },
}
