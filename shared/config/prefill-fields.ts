/** The official form's fields the kiosk can fill in, in the order its form asks for them. */
export const prefillFields = [
  'activationCode',
  'firstName',
  'lastName',
  'dateOfBirth',
  'email',
  'mayoClinicNumber',
] as const
