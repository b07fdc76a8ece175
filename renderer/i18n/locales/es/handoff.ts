import type { handoff as english } from '../en/handoff'
import type { Translation } from '../../translation'

export const handoff: Translation<typeof english> = {
  title: 'El portal del paciente',
  loading: 'Abriendo la página del portal…',
  ready: 'La página del portal está abierta aquí.',
  previewPlaceholder:
    'En el quiosco, la página del portal aparece aquí. Esta vista previa no la carga. La dirección es:',
  informationPage:
    'Esta primera página le informa sobre el portal. Toque su enlace para registrarse o entrar.',
  keyboardTip: 'Para escribir en la página del portal, toque «Mostrar teclado».',
  prefill: {
    button: 'Completar el formulario del portal con mis datos',
    filled:
      'Se completaron {{count}} campos. Revise cada uno en la página del portal antes de continuar.',
    none: 'No se pudo completar nada. Escriba sus datos en la página del portal.',
  },
  failed: {
    title: 'La página no se cargó',
    body: 'Puede que no haya conexión a internet o que el portal esté ocupado. Inténtelo de nuevo o pida ayuda.',
    retry: 'Intentar de nuevo',
    help: 'Ayuda',
  },
  blocked: {
    title: 'Esa página no es parte del portal del paciente',
    body: 'Este quiosco solo muestra el portal del paciente, así que impidió que se abriera otra página.',
    origin: 'La página era de:',
    back: 'Volver a la página del portal',
  },
  more: {
    show: 'Más',
    hide: 'Menos',
    label: 'Más sobre esta página',
    address: 'La dirección de esta página:',
  },
  keys: {
    previousField: 'Campo anterior',
    nextField: 'Campo siguiente',
    left: 'Mover a la izquierda',
    right: 'Mover a la derecha',
    enter: 'Intro',
    insertCode: 'Escribir mi código de activación',
  },
  finished: 'Ya terminé en el portal',
  official: {
    title: 'El portal oficial del paciente',
    loading: 'Abriendo la página oficial…',
    ready: 'La página oficial está abierta aquí.',
    previewPlaceholder:
      'En el quiosco, la página oficial aparece aquí. Esta vista previa no la carga. La dirección es:',
    keyboardTip: 'Para escribir en la página oficial, toque «Mostrar teclado».',
    back: 'Volver a la página oficial',
  },
}
