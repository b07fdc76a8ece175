import type { readiness as english } from '../en/readiness'
import type { Translation } from '../../translation'

export const readiness: Translation<typeof english> = {
  title: '¿Tiene lo que necesita?',
  code: {
    legend: '¿Tiene un código de activación?',
    hint: 'Llega por correo electrónico, por mensaje de texto o en un papel impreso de la clínica. Son tres grupos de cinco letras y números.',
    yes: 'Sí, tengo mi código',
    no: 'No, o mi código ya venció',
    ifNo: 'No se preocupe: en la siguiente pantalla verá otras formas de empezar.',
  },
  passcode: {
    legend: '¿Tiene con usted su teléfono o su correo electrónico?',
    hint: 'El portal envía un código de un solo uso para confirmar que es usted.',
    yes: 'Sí',
    no: 'Ahora no',
    ifNo: 'Puede empezar igual. Necesitará su teléfono o correo para terminar; el personal puede ayudarle.',
  },
  mayoNumber: {
    legend: '¿Sabe su número de Mayo Clinic?',
    hint: 'Es opcional. Puede estar en los documentos de su consulta o en una factura.',
    yes: 'Sí',
    no: 'No, omitirlo',
    ifNo: 'No hay problema. Puede seguir sin él.',
  },
  answerCode: 'Responda la primera pregunta: ¿tiene un código de activación?',
  continue: 'Continuar',
  noCode: {
    title: '¿No tiene código? Todavía tiene opciones',
    intro: 'Los códigos pueden vencer o servir una sola vez. Esto es lo que puede hacer:',
    selfSignup:
      'Registrarse en línea sin código. El portal le hace algunas preguntas para confirmar quién es usted.',
    selfSignupButton: 'Registrarme sin código',
    staff: 'Pida un código de activación nuevo al personal de la recepción.',
    staffButton: 'Pedir un código nuevo al personal',
    phone: 'Llame al {{phone}} y pida un código nuevo.',
    officialPage: 'Abra aquí la página de {{portal}} y siga sus pasos.',
    officialPageButton: 'Abrir la página del portal',
    officialPageConfirmed: 'Abra aquí la página oficial de {{portal}} y siga sus pasos.',
    officialPageButtonConfirmed: 'Abrir la página oficial',
  },
}
