export const flow = {
  stepCounter: 'Step {{number}} of {{count}}',
  loading: 'One moment',
  unavailable: {
    title: 'This kiosk can’t show the next step',
    body: 'Please see the front desk, or tap “I’m done” to start again.',
  },
  bar: {
    label: 'Help and session',
    help: 'Help',
    signInTrouble: 'Trouble signing in at home',
    staffHelp: 'Get staff help',
    showKeyboard: 'Show keyboard',
    startOver: 'Start over',
    imDone: 'I’m done — erase my session',
  },
} as const
