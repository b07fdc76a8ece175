export const session = {
  started: 'Let’s get started',
  imDone: 'I’m done — erase my session',
  status: {
    loading: { title: 'One moment', body: 'The kiosk is getting ready.' },
    wiping: { title: 'Erasing your session', body: 'Everything you entered is being erased.' },
    'out-of-order': {
      title: 'This kiosk needs attention',
      body: 'Please see the front desk. Staff can reset this kiosk.',
    },
  },
} as const
