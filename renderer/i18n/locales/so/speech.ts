import { speech as english } from '../en/speech'
import type { Translation } from '../../translation'

// Machine-drafted (review pending). The staff part follows the staff language (always reviewed):
// it stays English, like the rest of the staff screens.
export const speech: Translation<typeof english> = {
  control: {
    label: 'Kor u akhri',
    listen: 'Dhageyso',
    pause: 'Jooji wax yar',
    resume: 'Sii wad',
    repeat: 'Ku celi',
    slower: 'Si tartiib ah',
    faster: 'Si dhakhso ah',
    stop: 'Jooji',
    readBackCode: 'Ii akhri koodhkayga',
    speed: 'Xawaare: {{rate}}×',
    noVoice: 'Mashiinkan ma kori karo af-Soomaali. Fadlan caawimaad ka weydii miiska hore.',
  },
  words: {
    selected: '{{name}}, waa la doortay',
    notSelected: '{{name}}, lama dooran',
    textBox: '{{label}}, sanduuq qoraal',
    button: '{{name}}, badhan',
    focused: 'Waxaad joogtaa: {{name}}',
    error: 'Dhibaato: {{text}}',
    codeIntro: 'Koodhkaaga, hal xaraf ama hal lambar markiiba:',
    noCode: 'Weli kood kuma jiro sanduuqa.',
  },
  staff: english.staff,
}
