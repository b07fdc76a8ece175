/** Text of the shared UI pieces (renderer/components). */
export const ui = {
  back: 'Back',
  /** Where a patient could meet an employee sign-in page: Help and the blocked-page message. */
  lanIdNote:
    'A sign-in page that asks for a “LAN ID” is for employees, not patients. You won’t need a LAN ID.',
  display: {
    heading: 'Screen settings',
    largeText: 'Large text',
    highContrast: 'High contrast',
    /** The top band's button that opens these settings over any screen. */
    open: 'Text size',
    close: 'Done',
  },
  /** Over the bottom edge of a region that scrolls, until its end is in view. */
  moreBelow: 'More below',
  officialForm: {
    heading: 'The portal page will ask for',
    alsoHeading: 'The portal page will also ask for',
    name: 'Your legal name, as it is on your ID',
    birthDate: 'Your date of birth',
    email: 'Your email address',
    mayoNumber: 'Your Mayo Clinic number, if you know it',
    passcode: 'Your phone or email, to get a one-time passcode',
    /** The teen path: the teen's details, not the parent's or guardian's. */
    teen: {
      name: 'The teen’s legal name, as it is on their ID',
      birthDate: 'Their date of birth',
      email: 'The teen’s email address',
      mayoNumber: 'Their Mayo Clinic number, if you know it',
      passcode: 'A phone or email, to get a one-time passcode',
    },
  },
  keyboard: {
    label: 'On-screen keyboard',
    shift: 'Shift',
    backspace: 'Delete',
    space: 'Space',
    done: 'Hide keyboard',
    moreLetters: 'More letters',
    moreLettersTitle: 'Choose the plain letter, then the form you need',
    variantsOf: 'Letters like {{letter}}',
    backToLetters: 'Back to ABC',
    next: 'Next',
    codeProgress_one: '{{count}} character left',
    codeProgress_other: '{{count}} characters left',
    /** `total` is the portal's configured code length (groups × letters in each). */
    codeComplete: 'All {{total}} characters entered',
    codeTooLong: 'More than {{total}} characters: please check the code',
    codeShown: 'Code so far',
    layouts: {
      letters: 'ABC',
      code: 'Code',
      digits: '123',
      email: '@ Email',
      symbols: '123 #?!',
      // The Arabic letter layout, named in Arabic (offered only while the patient reads Arabic).
      arabic: 'أ ب ت',
    },
  },
} as const
