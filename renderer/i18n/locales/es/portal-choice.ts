import type { portalChoice as english } from '../en/portal-choice'
import type { Translation } from '../../translation'

export const portalChoice: Translation<typeof english> = {
  title: '¿Dónde recibe atención médica?',
  intro: 'Su respuesta nos dice cuál es su portal del paciente.',
  looksDifferent:
    'Las páginas para entrar y de ayuda de cada portal se ven un poco distintas, aunque lleven al mismo expediente.',
  legend: 'Elija una opción',
  notSure: {
    label: 'No estoy seguro',
    description: 'Le ayudamos a averiguarlo con sus documentos.',
  },
  pleaseChoose: 'Primero elija una respuesta.',
  continue: 'Continuar',
  helper: {
    title: '¿Cuál es su portal?',
    intro:
      'Mire los documentos de su consulta, un estado de cuenta o el mensaje de activación que recibió por correo electrónico, mensaje de texto o en papel.',
    checkOrder:
      'Empiece por la fila de arriba. Elija el primer nombre que aparezca en sus documentos: ese es su portal.',
    caption: 'Qué portal elegir según el nombre de sus documentos',
    papersSay: 'Sus documentos dicen',
    yourPortal: 'Su portal',
    quoted: '«{{name}}»',
    choose: 'Elegir {{name}}',
    stillUnsure: '¿Todavía tiene dudas?',
    askOrCall: 'Puede preguntar en la recepción, o llamar al {{phone}}.',
    staff: 'Pedir al personal que lo busque',
  },
}
