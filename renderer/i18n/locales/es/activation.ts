import type { activation as english } from '../en/activation'
import type { Translation } from '../../translation'

export const activation: Translation<typeof english> = {
  title: 'Sus datos',
  intro:
    'Los usamos solo para ayudarle a llenar el formulario oficial. Se borran cuando toca «Terminé».',
  formLabel: 'Datos de activación',
  holderNote: {
    caregiver:
      'Escriba sus propios datos. El acceso al expediente de la otra persona se solicita aparte.',
    teen: 'Escriba los datos del adolescente, no los de su madre, padre o tutor.',
  },
  activationCode: {
    label: 'Código de activación',
    hint: '15 letras y números, como ABCDE-12345-FGHIJ. Puede usar espacios y guiones.',
  },
  firstName: {
    label: 'Nombre legal',
    hint: 'Como aparece en su identificación o tarjeta del seguro.',
  },
  lastName: {
    label: 'Apellido legal',
    hint: 'Como aparece en su identificación o tarjeta del seguro.',
  },
  dateOfBirth: {
    legend: 'Fecha de nacimiento',
    hint: 'Día, mes y año. Por ejemplo: 14 3 1985.',
    order: 'day month year',
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
    hint: 'Solo números. Déjelo vacío si no lo sabe.',
  },
  submit: 'Continuar',
  errors: {
    activationCode: {
      required: 'Escriba su código de activación.',
      tooLong: 'Es demasiado largo para un código de activación. Revíselo e inténtelo de nuevo.',
      characters: 'Use solo letras y números. Puede usar espacios y guiones.',
      length:
        'Un código de activación tiene 15 letras y números. Revise que no falte ni sobre ninguno.',
    },
    firstName: {
      required: 'Escriba su nombre legal.',
      tooLong: 'El nombre es demasiado largo. Use 60 caracteres como máximo.',
      characters: 'Use solo letras, espacios, guiones (-) y apóstrofos (’).',
    },
    lastName: {
      required: 'Escriba su apellido legal.',
      tooLong: 'El apellido es demasiado largo. Use 60 caracteres como máximo.',
      characters: 'Use solo letras, espacios, guiones (-) y apóstrofos (’).',
    },
    dateOfBirth: {
      required: 'Escriba la fecha de nacimiento.',
      incomplete: 'Escriba el día, el mes y el año.',
      notNumbers: 'Use solo números, por ejemplo 14 3 1985.',
      yearFormat: 'Escriba el año con 4 números, por ejemplo 1985.',
      notRealDate: 'Esa fecha no existe. Revise el día y el mes.',
      future: 'La fecha de nacimiento no puede ser en el futuro.',
      tooOld: 'Revise el año: esa fecha es demasiado antigua.',
      selfTooYoung:
        'Debe tener 13 años o más para tener su propia cuenta. Su madre, padre o tutor puede pedir ayuda al personal.',
      caregiverTooYoung:
        'Debe tener 18 años o más para ayudar en línea con la atención de otra persona.',
      teenTooYoung:
        'Esto es para adolescentes de 13 a 17 años. Los menores de 13 no pueden tener su propia cuenta.',
      teenTooOld: 'Esta persona tiene 18 años o más. Vuelva atrás y elija «Para mí».',
    },
    email: {
      required: 'Escriba su correo electrónico.',
      tooLong: 'Ese correo electrónico es demasiado largo.',
      invalid: 'Escriba un correo electrónico como nombre@ejemplo.com.',
    },
    mayoClinicNumber: {
      characters: 'Use solo números, o déjelo vacío.',
      length: 'Un número de Mayo Clinic tiene de 5 a 12 números. Revíselo o déjelo vacío.',
    },
  },
}
