import type { flow as english } from '../en/flow'
import type { Translation } from '../../translation'

export const flow: Translation<typeof english> = {
  stepCounter: 'Paso {{number}} de {{count}}',
  loading: 'Un momento',
  unavailable: {
    title: 'Este quiosco no puede mostrar el siguiente paso',
    body: 'Por favor, acuda a la recepción o toque «Terminé» para empezar de nuevo.',
  },
  bar: {
    label: 'Ayuda y sesión',
    help: 'Ayuda',
    signInTrouble: 'Problemas para entrar desde casa',
    staffHelp: 'Pedir ayuda al personal',
    showKeyboard: 'Mostrar teclado',
    startOver: 'Empezar de nuevo',
    imDone: 'Terminé: borrar mi sesión',
  },
}
