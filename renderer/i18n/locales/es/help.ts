import type { help as english } from '../en/help'
import type { Translation } from '../../translation'

export const help: Translation<typeof english> = {
  title: 'Ayuda',
  technical: {
    heading: 'Problemas con el portal',
    body: 'Para entrar al portal, códigos de activación, códigos de un solo uso, la aplicación o páginas que no cargan, llame a la línea de ayuda:',
    hours: 'Horario: {{hours}}.',
    noGuessing:
      'No adivine su contraseña. Después de muchos intentos fallidos, puede que tenga que esperar para entrar.',
  },
  recovery: {
    heading: '¿Olvidó su usuario o su contraseña?',
    body: 'En la página de inicio de sesión del portal, busque un enlace de ayuda o para recuperar la cuenta (en inglés puede decir Help, Assistance o Account Recovery). Le guía para volver a entrar. Si no funciona, llame a la línea de ayuda.',
  },
  someoneElse: {
    heading: '¿Cree que otra persona entró a su cuenta?',
    body: 'Cambie su contraseña enseguida. Luego llame a la línea de ayuda y cuente lo que pasó.',
  },
  medical: {
    heading: 'Preguntas sobre su salud',
    body: 'La línea de ayuda no puede dar consejos médicos. Para preguntas sobre su salud, resultados o medicinas, hable con su equipo médico.',
  },
  haveReady: {
    heading: 'Tenga esto a mano cuando llame',
    name: 'Su nombre legal completo',
    birthDate: 'Su fecha de nacimiento',
    contact: 'El correo electrónico y el teléfono que tiene la clínica',
    mayoNumber: 'Su número de Mayo Clinic, si lo tiene',
    errorMessage: 'El mensaje de error exacto que vio',
    device: 'El navegador y el dispositivo que usó',
    whichPortal: 'Qué portal usa (el nombre que aparece en sus papeles)',
    when: 'Cuándo pasó, y si fue en el sitio web o en la aplicación',
  },
  features: 'Lo que puede hacer en línea',
  /** Opens the sign-in tips for home. */
  signInTrouble: 'Problemas para entrar desde casa',
  close: 'Volver a donde estaba',
}
