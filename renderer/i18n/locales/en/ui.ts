/** Text of the shared UI pieces (renderer/components). */
export const ui = {
  back: 'Back',
  display: {
    heading: 'Screen settings',
    largeText: 'Large text',
    highContrast: 'High contrast',
  },
  officialForm: {
    heading: 'The official page will ask for',
    name: 'Your legal name, as it is on your ID',
    birthDate: 'Your date of birth',
    email: 'Your email address',
    mayoNumber: 'Your Mayo Clinic number, if you know it',
    passcode: 'Your phone or email, to get a one-time passcode',
  },
  keyboard: {
    label: 'On-screen keyboard',
    shift: 'Shift',
    backspace: 'Delete',
    space: 'Space',
    done: 'Hide keyboard',
    layouts: {
      letters: 'ABC',
      code: 'Code',
      digits: '123',
      email: '@ Email',
      symbols: '123 #?!',
    },
  },
} as const
