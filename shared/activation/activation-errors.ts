/**
 * Every reason the activation form can refuse a value. The schema's messages are these keys
 * (`errors.<field>.<reason>` in the renderer's `activation` namespace); the UI translates them and
 * a test checks that each one has English and Spanish text. Main can log the key (never the value).
 */
export const activationErrorReasons = {
  activationCode: ['required', 'tooLong'],
  firstName: ['required', 'tooLong', 'characters'],
  lastName: ['required', 'tooLong', 'characters'],
  dateOfBirth: [
    'required',
    'incomplete',
    'notNumbers',
    'yearFormat',
    'notRealDate',
    'future',
    'tooOld',
    'selfTooYoung',
    'caregiverTooYoung',
    'teenTooYoung',
    'teenTooOld',
  ],
  email: ['required', 'tooLong', 'invalid'],
  mayoClinicNumber: ['characters'],
} as const

export type ActivationField = keyof typeof activationErrorReasons
export type ActivationErrorReason<F extends ActivationField> =
  (typeof activationErrorReasons)[F][number]
export type ActivationErrorKey = {
  [F in ActivationField]: `errors.${F}.${ActivationErrorReason<F>}`
}[ActivationField]

export function activationErrorKey<F extends ActivationField>(
  field: F,
  reason: ActivationErrorReason<F>,
): ActivationErrorKey {
  return `errors.${field}.${reason}` as ActivationErrorKey
}

/** The keys as a flat list, for completeness tests. */
export const activationErrorKeys: readonly ActivationErrorKey[] = (
  Object.entries(activationErrorReasons) as [ActivationField, readonly string[]][]
).flatMap(([field, reasons]) =>
  reasons.map((reason) => `errors.${field}.${reason}` as ActivationErrorKey),
)
