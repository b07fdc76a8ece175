import type { configError as english } from '../en/config-error'
import type { Translation } from '../../translation'

export const configError: Translation<typeof english> = {
  staffHeading: 'Este quiosco todavía no está configurado',
  staffIntro:
    'El archivo de configuración del quiosco tiene errores, así que el quiosco sigue bloqueado. Corrija cada problema de la lista, guarde el archivo y toque “Revisar el archivo otra vez” (o reinicie el quiosco).',
  file: 'Archivo',
  noFile: '(sin ruta de archivo)',
  fingerprint: 'SHA-256',
  problems_one: '{{count}} problema',
  problems_other: '{{count}} problemas',
  recheck: 'Revisar el archivo otra vez',
  checking: 'Revisando el archivo…',
  stillBroken: 'El archivo todavía tiene problemas.',
  loading: 'Leyendo la configuración…',
  unavailable: 'No se pudo leer el estado de la configuración. Reinicie el quiosco.',
  close: 'Cerrar',
}
