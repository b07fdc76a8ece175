import type { shell as english } from '../en/shell'
import type { Translation } from '../../translation'

export const shell: Translation<typeof english> = {
  partBlocked:
    'Una parte de la página del portal no se mostró en este quiosco. Si parece que falta algo o no puede seguir, toque «Pedir ayuda al personal».',
  notice: {
    document:
      'Este documento se abre en su propio dispositivo, no en este quiosco. Para verlo, inicie sesión en el portal más tarde desde su teléfono o computadora.',
    passkey:
      'En este quiosco compartido no se pueden configurar llaves de acceso. Configure una llave de acceso más tarde en su propio teléfono o computadora.',
  },
  typing: {
    unreachable:
      'El teclado del quiosco no puede escribir en esta casilla de la página del portal. Toque «Pedir ayuda al personal» y alguien le ayudará.',
    noField: 'Primero toque la casilla de la página del portal donde quiere escribir.',
  },
  staff: {
    heading: 'Reinicios y partes de páginas bloqueadas',
    dailyRestart: 'Reinicio diario',
    dailyRestartAt: 'Todos los días a las {{hour}}:00, cuando ningún paciente usa el quiosco',
    dailyRestartOff: 'Desactivado (en el archivo de configuración)',
    sessionLimit: 'Reiniciar después de',
    sessionLimitValue: '{{limit}} pacientes (hasta ahora: {{served}})',
    blockedFrames: 'Partes de páginas bloqueadas hoy',
    blockedFramesNone: 'Ninguna',
    blockedFramesHint:
      'Si la página oficial necesita una de ellas, el equipo de TI puede agregarla a allowedFrameOrigins del portal.',
    blockedFrameCount: '{{origin}} × {{times}}',
  },
}
