import type { flow as english } from '../en/flow'
import type { Translation } from '../../translation'

export const flow: Translation<typeof english> = {
  stepCounter: 'Tallaabo {{number}} oo ka mid ah {{count}}',
  steps: {
    label: 'Horumarkaaga',
    completed: '(waa la dhammeeyay)',
    /** The last screen, after step 7: every segment of the bar complete. */
    allDone: 'Dhammaan tallaabooyinka waa la dhammeeyay',
    s1: 'Portal-kaaga',
    s2: 'Akoonka yaa leh',
    s3: 'Diyaar garow',
    s4: 'Koodhkaaga',
    s5: 'Waxa online ah',
    s6: 'Arrimaha gaarka ah',
    s7: 'Isdiiwaangeli',
  },
  loading: 'Wax yar sug',
  unavailable: {
    title: 'Mashiinkani ma muujin karo tallaabada xigta',
    body: 'Fadlan u tag miiska soo dhaweynta, ama taabo “Waan dhammeeyay” si aad dib ugu bilowdo.',
  },
  bar: {
    label: 'Caawimaad iyo fadhiga',
    help: 'Caawimaad',
    staffHelp: 'Ka hel caawimaad shaqaalaha',
    showKeyboard: 'Tus kiiboodhka',
    startOver: 'Dib u bilow',
    imDone: 'Waan dhammeeyay — tirtir wixii aan qoray',
  },
}
