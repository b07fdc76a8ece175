export const activation = {
  title: 'Your details',
  intro:
    'We use these only to help you fill in the official form. They are erased when you tap “I’m done”.',
  formLabel: 'Activation details',
  holderNote: {
    caregiver:
      'Enter your own details. Access to the other person’s record is requested separately.',
    teen: 'Enter the teen’s details, not the parent’s or guardian’s.',
  },
  activationCode: {
    label: 'Activation code',
    hint: '15 letters and numbers, like ABCDE-12345-FGHIJ. Spaces and dashes are fine.',
  },
  firstName: { label: 'Legal first name', hint: 'As on your ID or insurance card.' },
  lastName: { label: 'Legal last name', hint: 'As on your ID or insurance card.' },
  dateOfBirth: {
    legend: 'Date of birth',
    hint: 'Month, day and year. For example: 3 14 1985.',
    order: 'month day year',
    month: 'Month',
    day: 'Day',
    year: 'Year',
  },
  email: { label: 'Email address', hint: 'The portal sends messages and passcodes here.' },
  mayoClinicNumber: {
    label: 'Mayo Clinic number (optional)',
    hint: 'Numbers only. Leave it empty if you don’t know it.',
  },
  submit: 'Continue',
  errors: {
    activationCode: {
      required: 'Enter your activation code.',
      tooLong: 'That is too long for an activation code. Check it and try again.',
      characters: 'Use only letters and numbers. Spaces and dashes are fine.',
      length:
        'An activation code has 15 letters and numbers. Check that none are missing or extra.',
    },
    firstName: {
      required: 'Enter your legal first name.',
      tooLong: 'That name is too long. Use at most 60 characters.',
      characters: 'Use only letters, spaces, hyphens (-) and apostrophes (’).',
    },
    lastName: {
      required: 'Enter your legal last name.',
      tooLong: 'That name is too long. Use at most 60 characters.',
      characters: 'Use only letters, spaces, hyphens (-) and apostrophes (’).',
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
        'You must be 13 or older to have your own account. A parent or guardian can ask staff for help.',
      caregiverTooYoung: 'You must be 18 or older to help with someone else’s care online.',
      teenTooYoung:
        'This is for teens aged 13 to 17. Children under 13 can’t have their own account.',
      teenTooOld: 'This person is 18 or older. Go back and choose “Me” instead.',
    },
    email: {
      required: 'Enter your email address.',
      tooLong: 'That email address is too long.',
      invalid: 'Enter an email address like name@example.com.',
    },
    mayoClinicNumber: {
      characters: 'Use numbers only, or leave it empty.',
      length: 'A Mayo Clinic number has 5 to 12 numbers. Check it, or leave it empty.',
    },
  },
} as const
