import type { speech as english } from '../en/speech'
import type { Translation } from '../../translation'

export const speech: Translation<typeof english> = {
  control: {
    label: 'Leer en voz alta',
    listen: 'Escuchar',
    pause: 'Pausa',
    resume: 'Seguir',
    repeat: 'Repetir',
    slower: 'Más despacio',
    faster: 'Más rápido',
    stop: 'Parar',
    readBackCode: 'Leer mi código',
    speed: 'Velocidad: {{rate}}×',
    noVoice:
      'Este quiosco no puede leer en voz alta en español. Pida ayuda en la recepción, por favor.',
  },
  words: {
    selected: '{{name}}, elegido',
    notSelected: '{{name}}, no elegido',
    textBox: '{{label}}, casilla para escribir',
    button: '{{name}}, botón',
    focused: 'Está en: {{name}}',
    error: 'Problema: {{text}}',
    codeIntro: 'Su código, una letra o un número a la vez:',
    noCode: 'Todavía no hay ningún código en la casilla.',
  },
  staff: {
    heading: 'Lectura en voz alta (voces de este quiosco)',
    voice: 'Voz: {{name}}',
    noVoice: 'No hay ninguna voz instalada. «Escuchar» no funciona en este idioma.',
    noVoiceHint:
      'El equipo de TI puede instalar una voz para este idioma (README, «Speech output»). Mientras tanto, los pacientes que necesiten la lectura en voz alta necesitan ayuda del personal.',
  },
}
