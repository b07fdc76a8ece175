import type { portalFeatures as english } from '../en/portal-features'
import type { Translation } from '../../translation'

export const portalFeatures: Translation<typeof english> = {
  title: 'Lo que puede hacer en línea',
  intro: 'Con su cuenta puede hacer muchas cosas sin llamar ni esperar una carta:',
  topics: {
    health: {
      title: 'Ver su expediente de salud.',
      body: 'Lea resultados de pruebas, notas de su equipo médico, su lista de medicinas y resúmenes de sus visitas.',
    },
    appointments: {
      title: 'Manejar sus citas.',
      body: 'Vea sus próximas citas.',
    },
    messages: {
      title: 'Manejar sus mensajes.',
      body: 'Su cuenta tiene un buzón privado para mensajes sobre su atención.',
    },
    video: {
      title: 'Tener algunas citas por video.',
      body: 'Algunas citas son por video. Se conecta desde su cuenta.',
    },
    bills: {
      title: 'Pagar facturas.',
      body: 'Para pagar, puede necesitar el número de cuenta de su factura y la fecha de nacimiento del paciente. O puede necesitar el número de garante. El garante es la persona que paga la factura. También puede leer sus avisos de facturación.',
    },
    preferences: {
      title: 'Elegir cómo lo contactamos.',
      body: 'Cambie sus datos de contacto y cómo recibe facturas y avisos.',
    },
    refills: {
      title: 'Pedir resurtidos de recetas.',
      body: 'Puede pedir que le vuelvan a surtir algunas recetas, también en algunas farmacias de Mayo Clinic. Puede seguir todos sus pedidos en un solo lugar. No todas las medicinas se pueden pedir en línea. Si no puede pedirlo en línea, llame a su equipo médico o a su farmacia.',
    },
    apps: {
      title: 'Conectar otras aplicaciones, con cuidado.',
      body: 'Puede compartir su información de salud con otra aplicación. Antes, revise que confía en ella y qué quiere ver. Después de compartir, valen las reglas de privacidad de esa aplicación.',
    },
  },
  varies:
    'Lo que puede hacer, y cómo entra, puede cambiar según dónde recibe atención. No todos los lugares ofrecen todo.',
  medical: 'Si tiene preguntas sobre su salud, hable con su equipo médico.',
  continue: 'Continuar',
  close: 'Volver a donde estaba',
}
