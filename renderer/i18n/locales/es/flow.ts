import type { flow as english } from '../en/flow'
import type { Translation } from '../../translation'

export const flow: Translation<typeof english> = {
  stepCounter: 'Paso {{number}} de {{count}}',
  steps: {
    label: 'Su avance',
    completed: '(hecho)',
    /** The last screen, after step 7: every segment of the bar complete. */
    allDone: 'Todos los pasos listos',
    s1: 'Su portal',
    s2: 'De quién es la cuenta',
    s3: 'Prepararse',
    s4: 'Su código',
    s5: 'Qué hay en línea',
    s6: 'Privacidad',
    s7: 'Registrarse',
  },
  loading: 'Un momento',
  unavailable: {
    title: 'Este quiosco no puede mostrar el siguiente paso',
    body: 'Por favor, acuda a la recepción o toque «Terminé» para empezar de nuevo.',
  },
  bar: {
    label: 'Ayuda y sesión',
    help: 'Ayuda',
    staffHelp: 'Pedir ayuda al personal',
    showKeyboard: 'Mostrar teclado',
    startOver: 'Empezar de nuevo',
    imDone: 'Terminé: borrar mi sesión',
  },
}
