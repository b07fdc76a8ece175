import type { help as english } from '../en/help'
import type { Translation } from '../../translation'

export const help: Translation<typeof english> = {
  title: 'Ayuda',
  technical: {
    heading: 'Problemas con el portal',
    body: 'Para entrar al portal, códigos de activación, códigos de un solo uso, la aplicación o páginas que no cargan, llame a la línea de ayuda:',
    hours: 'Horario: {{hours}}.',
    noGuessing:
      'No adivine su contraseña: demasiados intentos fallidos pueden bloquear su cuenta por un tiempo.',
  },
  medical: {
    heading: 'Preguntas sobre su salud',
    body: 'La línea de ayuda no puede dar consejos médicos. Para preguntas sobre su salud, resultados o medicamentos, comuníquese con su equipo de atención médica.',
  },
  haveReady: {
    heading: 'Tenga esto a mano cuando llame',
    name: 'Su nombre legal completo',
    birthDate: 'Su fecha de nacimiento',
    contact: 'El correo electrónico y el teléfono que tiene la clínica',
    mayoNumber: 'Su número de Mayo Clinic, si lo tiene',
    errorMessage: 'El mensaje de error exacto que vio',
    device: 'El navegador y el dispositivo que usó',
    whichPortal: 'Qué portal usa (el nombre que aparece en sus documentos)',
    when: 'Cuándo pasó, y si fue en el sitio web o en la aplicación',
  },
  close: 'Volver a donde estaba',
}
