import type { ui as english } from '../en/ui'
import type { Translation } from '../../translation'

export const ui: Translation<typeof english> = {
  back: 'Atrás',
  lanIdNote:
    'Una página de inicio de sesión que pide un «LAN ID» es para empleados, no para pacientes. Usted no necesita un LAN ID.',
  display: {
    heading: 'Ajustes de pantalla',
    largeText: 'Letra grande',
    highContrast: 'Alto contraste',
    open: 'Tamaño de letra',
    close: 'Listo',
  },
  moreBelow: 'Hay más abajo',
  officialForm: {
    heading: 'La página del portal le pedirá',
    alsoHeading: 'La página del portal también le pedirá',
    name: 'Su nombre legal, como aparece en su identificación',
    birthDate: 'Su fecha de nacimiento',
    email: 'Su correo electrónico',
    mayoNumber: 'Su número de Mayo Clinic, si lo sabe',
    passcode: 'Su teléfono o correo, para recibir un código de un solo uso',
    teen: {
      name: 'El nombre legal del adolescente, como aparece en su identificación',
      birthDate: 'La fecha de nacimiento del adolescente',
      email: 'El correo electrónico del adolescente',
      mayoNumber: 'El número de Mayo Clinic del adolescente, si lo sabe',
      passcode: 'Un teléfono o un correo, para recibir un código de un solo uso',
    },
  },
  keyboard: {
    label: 'Teclado en pantalla',
    shift: 'Mayúsculas',
    backspace: 'Borrar',
    space: 'Espacio',
    done: 'Ocultar teclado',
    moreLetters: 'Más letras',
    moreLettersTitle: 'Elija la letra simple y luego la forma que necesita',
    variantsOf: 'Letras como {{letter}}',
    backToLetters: 'Volver a ABC',
    next: 'Siguiente',
    codeProgress_one: 'Falta {{count}} carácter',
    codeProgress_other: 'Faltan {{count}} caracteres',
    codeComplete: 'Ya escribió los {{total}} caracteres',
    codeTooLong: 'Hay más de {{total}} caracteres: revise el código',
    codeShown: 'Código escrito',
    layouts: {
      letters: 'ABC',
      code: 'Código',
      digits: '123',
      email: '@ Correo',
      symbols: '123 #?!',
      // The Arabic letter layout, named in Arabic (offered only while the patient reads Arabic).
      arabic: 'أ ب ت',
    },
  },
}
