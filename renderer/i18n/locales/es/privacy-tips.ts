import type { privacyTips as english } from '../en/privacy-tips'
import type { Translation } from '../../translation'

export const privacyTips: Translation<typeof english> = {
  title: 'Proteja su cuenta',
  intro: 'Antes de abrir el portal, algunos consejos:',
  tips: {
    password: {
      title: 'Use una contraseña segura.',
      body: 'Que sea larga y úsela solo para esta cuenta, en ningún otro lugar.',
    },
    passcode: {
      title: 'Los códigos van solo en la pantalla oficial.',
      body: 'Escriba un código de un solo uso solo en la pantalla oficial de inicio de sesión del portal.',
    },
    neverShare: {
      title: 'Nunca comparta sus códigos.',
      body: 'No envíe su usuario, contraseña ni códigos por mensaje de texto o correo. Compártalos solo con alguien a quien usted autorizó para ayudar con su atención.',
    },
    officialOnly: {
      title: 'Use solo páginas oficiales.',
      body: 'Escriba sus datos personales o de salud solo en páginas y aplicaciones oficiales de Mayo Clinic.',
    },
    imDone: {
      title: 'Cierre la sesión y toque «Ya terminé en el portal».',
      body: 'Al terminar, cierre la sesión del portal y toque «Ya terminé en el portal». Así termina su sesión y se borra todo de este quiosco.',
    },
    apps: {
      title: 'Piénselo antes de conectar otras aplicaciones.',
      body: 'Si conecta otra aplicación a su información de salud, confirme que es de confianza y qué podrá ver. Una vez compartida, se aplican las reglas de privacidad de esa aplicación.',
    },
    ownDevice: {
      title: 'En casa, use su propio dispositivo.',
      body: 'Mantenga actualizados su navegador y su sistema.',
    },
  },
  ownPhone: {
    body: '¿Prefiere usar su propio teléfono? Puede llevarse la dirección de registro y terminar allí.',
    button: 'Terminar en mi propio teléfono',
  },
  continue: 'Abrir el portal',
  continueOfficial: 'Abrir el portal oficial',
}
