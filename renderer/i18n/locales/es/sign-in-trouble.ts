import type { signInTrouble as english } from '../en/sign-in-trouble'
import type { Translation } from '../../translation'

export const signInTrouble: Translation<typeof english> = {
  title: 'Problemas para entrar desde casa',
  intro: 'Pruebe estos pasos, uno por uno:',
  causes:
    'Los problemas para entrar suelen empezar después de un cambio: nuevos ajustes de privacidad, un nuevo programa de seguridad o un teléfono o computadora nuevos. Los ajustes de cookies son una causa común. Los ajustes de seguridad del teléfono también pueden estorbar.',
  beforeSignIn: {
    heading: 'Para entrar, tenga esto a mano',
    login: 'Su usuario o correo electrónico, y su contraseña',
    passcode: 'Su teléfono o correo, para recibir un código de un solo uso',
    browser: 'Un navegador que el portal acepte, en un teléfono o computadora de confianza',
    message: 'El mensaje de activación que recibió, si su cuenta es nueva',
  },
  general: {
    noSearch:
      'No busque el portal en internet. Hay sitios que se parecen, pero son falsos. Escanee el código QR que se lleva o escriba la dirección.',
    titleCheck:
      'Si aun así busca, mire el título de la página. Debe decir «Mayo Clinic», «Mayo Clinic Patient Portal» o «Mayo Clinic Health System». Un sitio falso puede copiar el nombre, así que lo más seguro es la dirección.',
    rightPage:
      'Una página que pide un «LAN ID» es para empleados. Vuelva a la página para pacientes.',
    cookies:
      'Permita las cookies del sitio del portal. Las cookies son archivos pequeños que mantienen abierta su sesión. No permita todas las cookies de todos los sitios. Luego cierre el navegador, ábralo otra vez y entre.',
    cookieSigns:
      'Señales de que las cookies están bloqueadas: la página no carga, vuelve una y otra vez a la página para entrar, o sale un error mientras confirma quién es usted.',
    cache:
      'Borre la caché y las cookies, y vuelva a abrir la página. La caché es la copia de páginas que guarda su navegador. Al borrar las cookies, puede que se cierre su sesión en otros sitios.',
    privateBrowsing:
      'Desactive la navegación privada y la protección estricta contra rastreo mientras entra.',
    javascript:
      'Confirme que JavaScript está activado. JavaScript hace que las páginas funcionen, y la página para entrar lo necesita.',
    update: 'Actualice su navegador, y su teléfono o computadora, a la versión más reciente.',
    otherBrowser: 'Pruebe otro navegador, o cambie entre una computadora y un teléfono.',
    restart: 'Cierre y vuelva a abrir la aplicación o el navegador, o reinicie el aparato.',
    freshStart:
      'Si una página lo manda de una página a otra sin parar, o nunca termina de cargar, cierre el navegador. Luego abra otra vez la dirección del portal.',
    minimum: 'Permita solo lo que el portal necesita. No hace falta quitar toda su privacidad.',
  },
  topics: {
    cookies: 'Cookies',
    cache: 'Borrar la caché y las cookies',
    privateBrowsing: 'Navegación privada',
    javascript: 'JavaScript',
  },
  browsers: {
    legend: 'Qué buscar en su navegador',
    stepsFor: 'Qué buscar en {{browser}}',
    note: 'Los menús cambian de una versión a otra. Por eso estos consejos dicen qué palabras buscar, no cada toque.',
    chrome: {
      name: 'Chrome',
      cookies:
        'En la configuración de Chrome, busque las palabras privacidad, cookies o configuración de sitios. Permita las cookies del sitio del portal.',
      cache:
        'En la configuración de Chrome, busque las palabras datos de navegación, caché o cookies. Borre la caché y las cookies.',
      privateBrowsing: 'Cierre las ventanas de incógnito y abra una ventana normal.',
      javascript:
        'En la configuración de Chrome, busque la palabra JavaScript. Confirme que los sitios pueden usarlo.',
    },
    edge: {
      name: 'Edge',
      cookies:
        'En la configuración de Edge, busque las palabras cookies, permisos del sitio o prevención de seguimiento. Permita las cookies del sitio del portal.',
      cache:
        'En la configuración de Edge, busque las palabras datos de exploración, caché o cookies. Borre la caché y las cookies.',
      privateBrowsing: 'Cierre las ventanas InPrivate y abra una ventana normal.',
      javascript:
        'En la configuración de Edge, busque la palabra JavaScript. Confirme que los sitios pueden usarlo.',
    },
    safari: {
      name: 'Safari',
      cookies:
        'En un iPhone o iPad, la configuración de Safari está en la aplicación Configuración. En una Mac, está en Safari. Busque un botón que bloquea todas las cookies y apáguelo.',
      cache:
        'En la configuración de Safari, busque las palabras historial, datos de sitios web o caché. Borre la caché y las cookies.',
      privateBrowsing: 'Salga de la navegación privada: abra una pestaña o ventana normal.',
      javascript:
        'En la configuración de Safari, busque la palabra JavaScript. Confirme que está activado.',
    },
    firefox: {
      name: 'Firefox',
      cookies:
        'En los ajustes de Firefox, busque las palabras privacidad, cookies o excepciones. Permita las cookies del sitio del portal.',
      cache:
        'En los ajustes de Firefox, busque las palabras cookies, datos del sitio o caché. Borre la caché y las cookies.',
      privateBrowsing: 'Cierre las ventanas privadas y abra una ventana normal.',
      javascript:
        'JavaScript está activado salvo que alguien cambiara ajustes avanzados. Si las páginas siguen sin funcionar, pruebe otro navegador.',
    },
  },
  takeHome: {
    heading: 'Llévese el camino a la ayuda',
    signInPage:
      'Escanee este código para abrir la página de inicio de sesión de {{portal}}. Busque ahí su enlace de ayuda.',
    signInPageOfficial:
      'Escanee este código para abrir la página oficial de inicio de sesión de {{portal}}. Busque ahí su enlace de ayuda.',
    informationPage:
      'Escanee este código para abrir la página sobre {{portal}}. Use su enlace para entrar y luego busque el enlace de ayuda.',
    informationPageOfficial:
      'Escanee este código para abrir la página oficial sobre {{portal}}. Use su enlace para entrar y luego busque el enlace de ayuda.',
    qrLabel: 'Código QR de la dirección {{address}}',
    qrHint: 'El código solo tiene la dirección. No tiene nada sobre usted.',
  },
  close: 'Volver a donde estaba',
}
