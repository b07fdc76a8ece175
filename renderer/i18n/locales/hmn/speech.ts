import { speech as english } from '../en/speech'
import type { Translation } from '../../translation'

// Machine-drafted (review pending). The staff part follows the staff language (always reviewed):
// it stays English, like the rest of the staff screens.
export const speech: Translation<typeof english> = {
  control: {
    label: 'Nyeem nrov nrov',
    listen: 'Mloog',
    pause: 'Nres ib pliag',
    resume: 'Mus ntxiv',
    repeat: 'Hais dua',
    slower: 'Qeeb zog',
    faster: 'Ceev zog',
    stop: 'Nres',
    readBackCode: 'Nyeem kuv tus code rau kuv',
    speed: 'Kev ceev: {{rate}}×',
    noVoice: 'Lub tshuab no nyeem tsis tau lus Hmoob. Thov mus nug ntawm lub rooj pab.',
  },
  words: {
    selected: '{{name}}, xaiv lawm',
    notSelected: '{{name}}, tsis tau xaiv',
    textBox: '{{label}}, lub npov sau ntawv',
    button: '{{name}}, khawm',
    focused: 'Koj nyob ntawm: {{name}}',
    error: 'Teeb meem: {{text}}',
    codeIntro: 'Koj tus code, ib tug ntawv lossis ib tug lej zuj zus:',
    noCode: 'Tseem tsis tau muaj code nyob hauv lub npov.',
  },
  staff: english.staff,
}
