import type { signInTrouble as english } from '../en/sign-in-trouble'
import type { Translation } from '../../translation'

export const signInTrouble: Translation<typeof english> = {
  title: 'Problemas para entrar desde casa',
  intro: 'Pruebe estos pasos, uno por uno:',
  general: {
    rightPage:
      'Confirme que está en la página oficial del portal (la dirección del código QR que se lleva). Una página que pide un «LAN ID» es para empleados.',
    cookies: 'Permita las cookies del portal. Sin ellas, el inicio de sesión no puede recordarle.',
    cache:
      'Borre la caché del navegador (imágenes y archivos guardados) y vuelva a abrir la página.',
    privateBrowsing:
      'Desactive la navegación privada y la protección estricta contra rastreo mientras entra.',
    javascript: 'Confirme que JavaScript está activado.',
    update: 'Actualice su navegador a la versión más reciente.',
    otherBrowser: 'Pruebe otro navegador, o cambie entre una computadora y un teléfono.',
    restart: 'Cierre y vuelva a abrir la aplicación o el navegador, o reinicie el dispositivo.',
    freshStart:
      'Si una página se recarga sin parar o nunca termina de cargar, cierre el navegador y vuelva a abrir la página oficial.',
    minimum:
      'Permita solo lo que el portal necesita, como sus cookies. No hace falta desactivar toda su privacidad.',
  },
  topics: {
    cookies: 'Cookies',
    cache: 'Borrar la caché',
    privateBrowsing: 'Navegación privada',
    javascript: 'JavaScript',
  },
  browsers: {
    legend: 'Pasos para su navegador',
    stepsFor: 'Pasos para {{browser}}',
    chrome: {
      name: 'Chrome',
      cookies:
        'Menú (⋮) → Configuración → Privacidad y seguridad → Cookies de terceros. Permítalas, o agregue el portal en «Sitios permitidos».',
      cache:
        'Menú (⋮) → Eliminar datos de navegación → marque «Archivos e imágenes en caché» → Eliminar datos.',
      privateBrowsing: 'Cierre las ventanas de incógnito y abra una ventana normal.',
      javascript:
        'Menú (⋮) → Configuración → Privacidad y seguridad → Configuración de sitios → JavaScript → «Los sitios pueden usar JavaScript».',
    },
    edge: {
      name: 'Edge',
      cookies:
        'Menú (…) → Configuración → Cookies y permisos del sitio → Administrar y eliminar cookies → active «Permitir que los sitios guarden y lean datos de cookies». Ponga la prevención de seguimiento en «Equilibrada».',
      cache:
        'Menú (…) → Configuración → Privacidad, búsqueda y servicios → Borrar datos de exploración → «Imágenes y archivos almacenados en caché» → Borrar ahora.',
      privateBrowsing: 'Cierre las ventanas InPrivate y abra una ventana normal.',
      javascript:
        'Menú (…) → Configuración → Cookies y permisos del sitio → JavaScript → actívelo.',
    },
    safari: {
      name: 'Safari',
      cookies:
        'iPhone o iPad: Ajustes → Safari → desactive «Bloquear todas las cookies». Mac: Safari → Ajustes → Privacidad → desmarque «Bloquear todas las cookies».',
      cache:
        'iPhone o iPad: Ajustes → Safari → Borrar historial y datos de sitios web. Mac: Safari → Ajustes → Privacidad → Gestionar datos de sitios web → Eliminar.',
      privateBrowsing:
        'iPhone o iPad: toque el botón de pestañas y salga del grupo Privado. Mac: cierre las ventanas privadas y abra una ventana normal.',
      javascript:
        'iPhone o iPad: Ajustes → Safari → Avanzado → active JavaScript. Mac: Safari → Ajustes → Seguridad → marque «Activar JavaScript».',
    },
    firefox: {
      name: 'Firefox',
      cookies:
        'Menú (☰) → Ajustes → Privacidad y seguridad → elija la protección «Estándar», o use «Administrar excepciones» para permitir el portal.',
      cache:
        'Menú (☰) → Ajustes → Privacidad y seguridad → Cookies y datos del sitio → Limpiar datos → marque «Contenido web en caché» → Limpiar.',
      privateBrowsing: 'Cierre las ventanas privadas y abra una ventana normal.',
      javascript:
        'JavaScript está activado a menos que alguien haya cambiado la configuración avanzada. Si las páginas siguen sin funcionar, pruebe otro navegador.',
    },
  },
  close: 'Volver a donde estaba',
}
