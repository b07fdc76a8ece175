import type { activation as english } from '../en/activation'
import type { Translation } from '../../translation'

export const activation: Translation<typeof english> = {
  title: 'Sus datos',
  intro:
    'El quiosco puede escribir estos datos en el formulario del portal por usted. Solo lo hace si toca «Completar el formulario del portal con mis datos». Quedan en la memoria del quiosco y se borran cuando toca «Terminé».',
  formLabel: 'Datos de activación',
  holderNote: {
    caregiver:
      'Escriba sus propios datos. El acceso al expediente de la otra persona se pide aparte.',
    teen: 'Escriba los datos del adolescente, no los de su madre, padre o tutor.',
  },
  codeOnly: {
    title: 'Su código de activación',
    intro:
      'Escriba el código de su correo, mensaje de texto o papel. El quiosco lo usa para una sola cosa: en la página del portal, toque «Escribir mi código de activación» y el quiosco lo escribe por usted.',
    formLabel: 'Su código para la página del portal',
    teenTitle: 'El código de activación del adolescente',
    erased: 'El código no se guarda. Se borra cuando toca «Terminé».',
  },
  activationCode: {
    label: 'Código de activación',
    hint: 'Suele tener {{groups}} grupos de {{length}} letras y números, como {{example}}. Puede usar espacios y guiones.',
    checkIt:
      'Este código no se parece a los habituales ({{groups}} grupos de {{length}}). Revíselo con su mensaje. Si está bien, toque «Continuar» otra vez.',
  },
  firstName: { label: 'Nombre legal', hint: 'Como aparece en su identificación.' },
  lastName: {
    label: 'Apellido legal',
    hint: 'Como aparece en su identificación, con sufijos como Jr.',
  },
  dateOfBirth: {
    legend: 'Fecha de nacimiento',
    hint: 'Como en los formularios de EE. UU.: primero el mes, luego el día y el año. Ejemplo: 3 14 1985 es el 14 de marzo de 1985.',
    order: 'month day year',
    month: 'Mes',
    day: 'Día',
    year: 'Año',
  },
  email: {
    label: 'Correo electrónico',
    hint: 'El portal envía aquí mensajes y códigos de un solo uso.',
  },
  mayoClinicNumber: {
    label: 'Número de Mayo Clinic (opcional)',
    hint: 'Déjelo en blanco si no lo sabe.',
  },
  teen: {
    firstName: {
      label: 'Nombre legal del adolescente',
      hint: 'Como aparece en su identificación.',
    },
    lastName: {
      label: 'Apellidos legales del adolescente',
      hint: 'Como aparecen en su identificación, con cualquier sufijo como Jr.',
    },
    dateOfBirth: { legend: 'Fecha de nacimiento del adolescente' },
    email: {
      label: 'Correo electrónico del adolescente',
      hint: 'El portal envía mensajes y códigos a este correo.',
    },
    mayoClinicNumber: {
      label: 'Número de Mayo Clinic del adolescente (opcional)',
      hint: 'Déjelo en blanco si no lo sabe.',
    },
  },
  submit: 'Continuar',
  otherPath: {
    teen: 'Crear una cuenta de adolescente',
    self: 'Crear la cuenta para mí',
  },
  errors: {
    activationCode: {
      required: 'Escriba su código de activación.',
      tooLong: 'Es demasiado largo para un código de activación. Revíselo e inténtelo otra vez.',
    },
    firstName: {
      required: 'Escriba su nombre legal.',
      tooLong: 'Ese nombre es demasiado largo para este formulario. Pida ayuda al personal.',
      characters: 'Use solo letras, espacios y los signos - ’ . ,',
    },
    lastName: {
      required: 'Escriba su apellido legal.',
      tooLong: 'Ese apellido es demasiado largo para este formulario. Pida ayuda al personal.',
      characters: 'Use solo letras, espacios y los signos - ’ . ,',
    },
    dateOfBirth: {
      required: 'Escriba la fecha de nacimiento.',
      incomplete: 'Escriba el mes, el día y el año.',
      notNumbers: 'Use solo números, por ejemplo 3 14 1985.',
      yearFormat: 'Escriba el año con 4 números, por ejemplo 1985.',
      notRealDate: 'Esa fecha no existe. Revise el mes y el día.',
      future: 'La fecha de nacimiento no puede ser en el futuro.',
      tooOld: 'Revise el año: esa fecha es de hace demasiado tiempo.',
      selfTooYoung:
        '«Para mí» es para adultos de 18 años o más. Si tiene de 13 a 17 años, puede crear una cuenta de adolescente con su madre, padre o tutor.',
      caregiverTooYoung:
        'Debe tener 18 años o más para ayudar en línea con el cuidado de otra persona. Si tiene de 13 a 17 años, puede crear su propia cuenta de adolescente.',
      teenTooYoung:
        'La cuenta de adolescente es para edades de 13 a 17 años. Los menores de 13 no pueden tener su propia cuenta. Su madre, padre o tutor puede preguntar al personal.',
      teenTooOld:
        'Esta persona tiene 18 años o más, así que la cuenta es su propia cuenta de adulto.',
    },
    email: {
      required: 'Escriba su correo electrónico.',
      tooLong: 'Ese correo electrónico es demasiado largo.',
      invalid: 'Escriba un correo como nombre@ejemplo.com.',
    },
    mayoClinicNumber: {
      characters: 'Use solo números, o déjelo en blanco.',
    },
  },
}
