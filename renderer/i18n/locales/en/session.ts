export const session = {
  started: 'Let’s get started',
  imDone: 'I’m done — erase my session',
  status: {
    loading: { title: 'One moment', body: 'The kiosk is getting ready.' },
    wiping: { title: 'Erasing your session', body: 'Everything you entered is being erased.' },
    // The same calm sign for "out of order" and "not set up": patients need only where to go.
    'out-of-order': {
      title: 'This kiosk is resting',
      body: 'Please see the front desk. They will be glad to help you.',
    },
  },
  /** The language buttons on that sign. */
  language: 'Language',
} as const
