import type { signInTrouble as english } from '../en/sign-in-trouble'
import type { Translation } from '../../translation'

export const signInTrouble: Translation<typeof english> = {
  title: 'Problemas para entrar desde casa',
  intro: 'Pruebe estos pasos, uno por uno:',
  causes:
    'Los problemas para entrar suelen empezar después de un cambio: nuevos ajustes de privacidad, un nuevo programa de seguridad o un teléfono o computadora nuevos.',
  general: {
    noSearch:
      'No busque el portal en internet. Hay sitios que se parecen, pero son falsos. Escanee el código QR que se lleva o escriba la dirección.',
    rightPage:
      'Una página que pide un «LAN ID» es para empleados. Vuelva a la página para pacientes.',
    cookies:
      'Permita las cookies del sitio del portal. Las cookies son archivos pequeños que mantienen abierta su sesión. No permita todas las cookies de todos los sitios.',
    cache:
      'Borre la caché y vuelva a abrir la página. La caché es la copia de páginas que guarda su navegador.',
    privateBrowsing:
      'Desactive la navegación privada y la protección estricta contra rastreo mientras entra.',
    javascript:
      'Confirme que JavaScript está activado. JavaScript hace que las páginas funcionen, y la página para entrar lo necesita.',
    update: 'Actualice su navegador, y su teléfono o computadora, a la versión más reciente.',
    otherBrowser: 'Pruebe otro navegador, o cambie entre una computadora y un teléfono.',
    restart: 'Cierre y vuelva a abrir la aplicación o el navegador, o reinicie el aparato.',
    freshStart:
      'Si una página se recarga sin parar o nunca termina de cargar, cierre el navegador. Luego abra otra vez la dirección del portal.',
    minimum: 'Permita solo lo que el portal necesita. No hace falta quitar toda su privacidad.',
  },
  topics: {
    cookies: 'Cookies',
    cache: 'Borrar la caché',
    privateBrowsing: 'Navegación privada',
    javascript: 'JavaScript',
  },
  browsers: {
    legend: 'Qué buscar en su navegador',
    stepsFor: 'Qué buscar en {{browser}}',
    note: 'Los menús cambian de una versión a otra. Por eso estos consejos dicen qué buscar, no cada toque.',
    chrome: {
      name: 'Chrome',
      cookies:
        'En Configuración, busque Privacidad y seguridad y luego la parte de cookies o datos de sitios. Agregue el sitio del portal a los sitios que pueden usar cookies.',
      cache:
        'En Configuración, busque Borrar datos de navegación. Elija solo imágenes y archivos en caché y bórrelos.',
      privateBrowsing: 'Cierre las ventanas de incógnito y abra una ventana normal.',
      javascript:
        'En Configuración, busque Configuración de sitios y luego JavaScript. Confirme que los sitios pueden usarlo.',
    },
    edge: {
      name: 'Edge',
      cookies:
        'En Configuración, busque Cookies y permisos del sitio. Agregue el sitio del portal a los sitios permitidos. Deje la prevención de seguimiento en Equilibrada.',
      cache:
        'En Configuración, busque Privacidad y luego Borrar datos de exploración. Elija solo imágenes y archivos en caché.',
      privateBrowsing: 'Cierre las ventanas InPrivate y abra una ventana normal.',
      javascript:
        'En Configuración, busque Cookies y permisos del sitio y luego JavaScript. Actívelo.',
    },
    safari: {
      name: 'Safari',
      cookies:
        'iPhone o iPad: abra la aplicación Configuración y busque Safari (en teléfonos nuevos está dentro de Apps). Confirme que «Bloquear todas las cookies» está desactivado. Mac: en la configuración de Safari, busque en Privacidad.',
      cache:
        'iPhone o iPad: en la configuración de Safari, busque Borrar historial y datos de sitios web. Mac: en la configuración de Safari, busque Gestionar datos de sitios web.',
      privateBrowsing:
        'iPhone o iPad: toque el botón de pestañas y salga del grupo Privado. Mac: cierre las ventanas privadas y abra una normal.',
      javascript:
        'iPhone o iPad: en la configuración de Safari, busque JavaScript dentro de Avanzado. Mac: en la configuración de Safari, busque en Seguridad.',
    },
    firefox: {
      name: 'Firefox',
      cookies:
        'En Ajustes, busque Privacidad y seguridad. Elija la protección Estándar, o agregue el sitio del portal como excepción.',
      cache:
        'En Ajustes, busque Privacidad y seguridad y luego Cookies y datos del sitio. Borre solo el contenido web en caché.',
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
