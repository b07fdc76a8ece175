import type { readiness as english } from '../en/readiness'
import type { Translation } from '../../translation'

export const readiness: Translation<typeof english> = {
  title: '¿Tiene lo que necesita?',
  code: {
    legend: '¿Tiene un código de activación?',
    hint: 'Llega por correo electrónico, por mensaje de texto o en papel. Un correo también puede traer un enlace al formulario en línea. El código suele tener {{groups}} grupos de {{length}} letras y números.',
    yes: 'Sí, tengo mi código',
    no: 'No, o mi código ya venció',
    ifNo: 'No se preocupe: en la siguiente pantalla verá otras formas de empezar.',
  },
  passcode: {
    legend: '¿Tiene con usted su teléfono o su correo electrónico?',
    hint: 'El portal envía un código de un solo uso para confirmar que es usted.',
    yes: 'Sí',
    no: 'Ahora no',
    ifNo: 'Puede empezar igual. Necesitará su teléfono o su correo para terminar.',
  },
  mayoNumber: {
    legend: '¿Sabe su número de Mayo Clinic?',
    hint: 'Es opcional. Lo da solo si lo tiene.',
    yes: 'Sí',
    no: 'No, omitirlo',
    ifNo: 'No hay problema. Puede seguir sin él.',
  },
  answerCode: 'Responda la primera pregunta: ¿tiene un código de activación?',
  continue: 'Continuar',
  noCode: {
    title: '¿No tiene código? Todavía tiene opciones',
    intro: 'Aunque no tenga un código que sirva, puede empezar:',
    selfSignup:
      'Registrarse en línea sin código. El portal le hace algunas preguntas para confirmar quién es usted.',
    selfSignupButton: 'Registrarme sin código',
    staff: {
      ask: 'Pregunte en la recepción si pueden ayudarle a tener un código de activación nuevo.',
      yes: 'En la recepción de aquí le pueden dar un código de activación nuevo.',
      no: 'La recepción de aquí no da códigos de activación. Pruebe otra de estas formas.',
    },
    staffButton: 'Pedir ayuda al personal',
    phone: 'Llame al {{phone}}. La línea de ayuda atiende problemas con la activación.',
    maybeWithoutCode:
      'Algunas páginas de registro dejan seguir sin código. Busque esa opción en la página del portal.',
    officialPage: 'Abra aquí la página de {{portal}} y siga sus pasos.',
    officialPageButton: 'Abrir la página del portal',
    officialPageConfirmed: 'Abra aquí la página oficial de {{portal}} y siga sus pasos.',
    officialPageButtonConfirmed: 'Abrir la página oficial',
  },
}
