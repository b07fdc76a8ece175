import type { staff as english } from '../en/staff'
import type { Translation } from '../../translation'

export const staff: Translation<typeof english> = {
  header: {
    fallbackName: 'Quiosco del portal del paciente',
  },
  pin: {
    title: 'Acceso del personal',
    intro: 'Escriba el PIN del personal.',
    entered_one: '{{count}} dígito escrito',
    entered_other: '{{count}} dígitos escritos',
    digit: 'Dígito {{digit}}',
    clear: 'Borrar todo',
    back: 'Borrar el último dígito',
    unlock: 'Desbloquear',
    cancel: 'Cancelar',
    close: 'Cerrar',
    checking: 'Comprobando…',
    wrong_one:
      'Ese PIN no es correcto. Queda {{count}} intento antes de que el acceso se bloquee 5 minutos.',
    wrong_other:
      'Ese PIN no es correcto. Quedan {{count}} intentos antes de que el acceso se bloquee 5 minutos.',
    lockedOut:
      'Demasiados PIN incorrectos. El acceso del personal está bloqueado hasta las {{time}}. Los pacientes pueden seguir usando el quiosco.',
    disabled:
      'El modo del personal está desactivado en este quiosco: su configuración no tiene un PIN. El equipo de TI puede crear uno con “npm run hash-pin”.',
    busy: 'Todavía se está comprobando el último PIN. Inténtelo de nuevo en un momento.',
    failed: 'No se pudo comprobar el PIN. Inténtelo de nuevo o reinicie el quiosco.',
  },
  panel: {
    title: 'Panel del personal',
    closesSoon: 'Este panel se cierra solo después de un minuto sin usarlo.',
    actionsHeading: 'Acciones',
    resetNow: 'Reiniciar ahora (borrar esta sesión)',
    assisted: 'Modo asistido (más tiempo para este paciente)',
    assistedTurnOn: 'Activar el modo asistido',
    assistedTurnOff: 'Desactivar el modo asistido',
    assistedStateOn: 'Modo asistido: ACTIVADO — más tiempo para este paciente',
    assistedStateOff: 'Modo asistido: DESACTIVADO — tiempos normales',
    reloadConfig: 'Volver a cargar la configuración',
    exit: 'Salir del quiosco',
    exitConfirm: 'Sí, salir del quiosco',
    exitCancel: 'Dejar el quiosco abierto',
    exitQuestion: '¿Salir del quiosco? Quedará cerrado hasta que alguien lo reinicie.',
    close: 'Cerrar y bloquear',
    done: {
      reset: 'Se borró la sesión. El quiosco está listo para el siguiente paciente.',
      assistedOn: 'El modo asistido está activado hasta que termine la sesión de este paciente.',
      assistedOff: 'El modo asistido está desactivado.',
      configOk: 'Se volvió a cargar la configuración.',
      configInvalid:
        'El archivo de configuración tiene problemas, así que el quiosco está bloqueado. Cierre este panel y vuelva a abrir el modo del personal (cinco toques en el nombre del quiosco) para verlos.',
      exiting: 'El quiosco se está cerrando.',
    },
    refused: {
      noSession:
        'El modo asistido necesita la sesión de un paciente: primero inicie una y luego actívelo.',
      other: 'No funcionó. Inténtelo de nuevo.',
    },
    statusHeading: 'Estado del quiosco',
    version: 'Versión',
    configSource: 'Configuración',
    configHash: 'Huella del archivo (SHA-256)',
    noHash: 'ninguna (integrada)',
    source: {
      argument: 'Archivo indicado en la línea de comandos',
      environment: 'Archivo indicado por PORTAL_KIOSK_CONFIG',
      'user-data': 'Archivo en la carpeta de datos de la aplicación',
      embedded: 'Configuración integrada (sin archivo)',
    },
    configProblems_one: '{{count}} problema',
    configProblems_other: '{{count}} problemas',
    lastWipe: 'Último borrado',
    notAvailable: 'Todavía no disponible',
    wipeOk: 'Verificado, en {{ms}} ms a las {{time}}',
    wipeFailed: 'FALLÓ a las {{time}}: el quiosco muestra “fuera de servicio”',
    errors: 'Errores desde el inicio',
    noErrors: 'Ninguno',
    countsHeading: 'Hoy ({{date}}), conteos anónimos',
    sessions: 'Sesiones',
    completed: 'Entregas completadas al portal',
    ownPhone: 'Terminaron en su propio teléfono',
    timeouts: 'Sesiones terminadas por inactividad',
    byPortal: 'Por portal',
    byLanguage: 'Por idioma',
    none: 'Todavía ninguno',
    loading: 'Cargando…',
    unverified: {
      heading_one: 'TI debe revisar {{count}} ajuste',
      heading_other: 'TI debe revisar {{count}} ajustes',
      intro:
        'Algunos datos que este quiosco podría dar a los pacientes aún no están confirmados. Mientras tanto, los pacientes no los leen como un hecho: ven consejos como «pregunte en la recepción». Los pacientes pueden seguir usando el quiosco.',
      kinds: {
        portal: 'La dirección web de un portal del paciente',
        phone: 'El número de la línea de ayuda',
        hours: 'El horario de la línea de ayuda',
        teenPhoneOption: 'La opción del menú telefónico para cuentas de adolescentes',
        frontDesk:
          'Lo que ofrece la recepción de aquí (códigos nuevos, formularios de representante, cuentas de adolescentes)',
        other: 'Otro ajuste',
      },
      whomToAsk:
        'Avise al equipo de TI de su clínica, o a quien se encarga de este quiosco, para que revise estos ajustes.',
      forIt: 'Para TI: los ajustes y cómo revisarlos',
      command:
        'En el archivo de configuración, cada uno está marcado con “verify”. El comando npm run check-config los muestra. Confirme cada uno y luego quite su marca “verify”.',
    },
  },
  languages: {
    heading: 'Idiomas ofrecidos',
    reviewed: 'Revisado por un traductor calificado',
    pending:
      'Traducción automática sin revisar: se ofrece solo porque la configuración lo permite (languages.allowPendingReview)',
  },
}
