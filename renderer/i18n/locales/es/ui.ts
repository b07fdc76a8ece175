import type { ui as english } from '../en/ui'
import type { Translation } from '../../translation'

export const ui: Translation<typeof english> = {
  back: 'Atrás',
  display: {
    heading: 'Ajustes de pantalla',
    largeText: 'Letra grande',
    highContrast: 'Alto contraste',
  },
  keyboard: {
    label: 'Teclado en pantalla',
    shift: 'Mayúsculas',
    backspace: 'Borrar',
    space: 'Espacio',
    done: 'Ocultar teclado',
    layouts: {
      letters: 'ABC',
      code: 'Código',
      digits: '123',
      email: '@ Correo',
      symbols: '123 #?!',
    },
  },
}
