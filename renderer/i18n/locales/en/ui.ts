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
    layouts: {
      letters: 'ABC',
      code: 'Code',
      digits: '123',
      email: '@ Email',
      symbols: '123 #?!',
    },
  },
} as const
