import type { staffHelp as english } from '../en/staff-help'
import type { Translation } from '../../translation'

export const staffHelp: Translation<typeof english> = {
  title: 'Ayuda del personal',
  forStaff:
    'Personal: este paciente necesita ayuda con el quiosco del portal del paciente. Si desbloquea ahora el panel del personal, tendrá más tiempo (modo asistido).',
  forPatient:
    'Haga una señal a un miembro del personal o vaya a la recepción. Muéstreles esta pantalla.',
  moreTime:
    'Cuando un miembro del personal inicie sesión para ayudarle, tendrá más tiempo antes de que el quiosco borre su sesión.',
  privacy: 'El personal puede ayudarle, pero no le diga a nadie su contraseña ni sus códigos.',
  close: 'Volver a donde estaba',
}
