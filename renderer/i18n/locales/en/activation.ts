export const activation = {
  title: 'Your details',
  intro:
    'The kiosk can type these into the portal’s form for you. It does that only when you tap “Fill in the portal’s form with my details”. They stay in this kiosk’s memory and are erased when you tap “I’m done”.',
  formLabel: 'Activation details',
  holderNote: {
    caregiver:
      'Enter your own details. You ask for access to the other person’s record in a separate step.',
    teen: 'Enter the teen’s details, not the parent’s or guardian’s.',
  },
  codeOnly: {
    title: 'Your activation code',
    intro:
      'Type the code from your email, text or printout. The kiosk uses it for one thing only: on the portal page, tap “Insert my activation code” and the kiosk types it for you.',
    formLabel: 'Your code for the portal page',
    teenTitle: 'The teen’s activation code',
    erased: 'The code is not saved. It is erased when you tap “I’m done”.',
  },
  activationCode: {
    label: 'Activation code',
    hint: 'Often {{groups}} groups of {{length}} letters and numbers, like {{example}}. Spaces and dashes are fine.',
    checkIt:
      'This code does not look like the usual kind ({{groups}} groups of {{length}}). Please check it against your message. If it is right, tap “Continue” again.',
  },
  firstName: { label: 'Legal first name', hint: 'As it is on your ID.' },
  lastName: { label: 'Legal last name', hint: 'As it is on your ID, with any suffix like Jr.' },
  dateOfBirth: {
    legend: 'Date of birth',
    hint: 'Month, then day, then year. For example: 3 14 1985.',
    order: 'month day year',
    month: 'Month',
    day: 'Day',
    year: 'Year',
  },
  email: { label: 'Email address', hint: 'The portal sends messages and passcodes here.' },
  mayoClinicNumber: {
    label: 'Mayo Clinic number (optional)',
    hint: 'Leave it empty if you don’t know it.',
  },
  /** The same fields on the teen path: they name the teen's details, not the parent's. */
  teen: {
    firstName: { label: 'The teen’s legal first name', hint: 'As it is on their ID.' },
    lastName: {
      label: 'The teen’s legal last name',
      hint: 'As it is on their ID, with any suffix like Jr.',
    },
    dateOfBirth: { legend: 'Their date of birth' },
    email: {
      label: 'The teen’s email address',
      hint: 'The portal sends messages and passcodes here.',
    },
    mayoClinicNumber: {
      label: 'Their Mayo Clinic number (optional)',
      hint: 'Leave it empty if you don’t know it.',
    },
  },
  submit: 'Continue',
  otherPath: {
    teen: 'Set up a teen account instead',
    self: 'Set up the account for me instead',
  },
  errors: {
    activationCode: {
      required: 'Enter your activation code.',
      tooLong: 'That is too long for an activation code. Check it and try again.',
    },
    firstName: {
      required: 'Enter your legal first name.',
      tooLong: 'That name is too long for this form. Ask staff for help.',
      characters: 'Use letters, spaces and the marks - ’ . , only.',
    },
    lastName: {
      required: 'Enter your legal last name.',
      tooLong: 'That name is too long for this form. Ask staff for help.',
      characters: 'Use letters, spaces and the marks - ’ . , only.',
    },
    dateOfBirth: {
      required: 'Enter the date of birth.',
      incomplete: 'Enter the month, the day and the year.',
      notNumbers: 'Use numbers only, for example 3 14 1985.',
      yearFormat: 'Enter the year with 4 numbers, for example 1985.',
      notRealDate: 'That date doesn’t exist. Check the month and the day.',
      future: 'The date of birth can’t be in the future.',
      tooOld: 'Check the year: that date is too long ago.',
      selfTooYoung:
        '“Me” is for adults, 18 or older. If you are 13 to 17, you can set up a teen account with a parent or guardian.',
      caregiverTooYoung:
        'You must be 18 or older to help with someone else’s care online. If you are 13 to 17, you can set up your own teen account.',
      teenTooYoung:
        'The teen account is for ages 13 to 17. Children under 13 can’t have their own account. A parent can ask staff about access.',
      teenTooOld: 'This person is 18 or older, so the account is their own adult account.',
    },
    email: {
      required: 'Enter your email address.',
      tooLong: 'That email address is too long.',
      invalid: 'Enter an email address like name@example.com.',
    },
    mayoClinicNumber: {
      characters: 'Use numbers only, or leave it empty.',
    },
  },
} as const
