/** Text of the shared UI pieces (renderer/components). */
export const ui = {
  back: 'Back',
  display: {
    heading: 'Screen settings',
    largeText: 'Large text',
    highContrast: 'High contrast',
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
    codeComplete: 'All 15 characters entered',
    codeTooLong: 'More than 15 characters: please check the code',
    codeShown: 'Code so far',
    layouts: {
      letters: 'ABC',
      code: 'Code',
      digits: '123',
      email: '@ Email',
      symbols: '123 #?!',
    },
  },
} as const
