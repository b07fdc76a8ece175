import type { ui as english } from '../en/ui'
import type { Translation } from '../../translation'

export const ui: Translation<typeof english> = {
  back: 'Atrás',
  display: {
    heading: 'Ajustes de pantalla',
    largeText: 'Letra grande',
    highContrast: 'Alto contraste',
  },
  officialForm: {
    heading: 'La página oficial le pedirá',
    name: 'Su nombre legal, como aparece en su identificación',
    birthDate: 'Su fecha de nacimiento',
    email: 'Su correo electrónico',
    mayoNumber: 'Su número de Mayo Clinic, si lo sabe',
    passcode: 'Su teléfono o correo, para recibir un código de un solo uso',
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
