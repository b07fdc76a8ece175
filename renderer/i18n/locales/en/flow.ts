export const flow = {
  stepCounter: 'Step {{number}} of {{count}}',
  /** The step indicator in the top band: a short name for each of the seven steps. */
  steps: {
    label: 'Your progress',
    completed: '(done)',
    /** The last screen, after step 7: every segment of the bar complete. */
    allDone: 'All steps done',
    s1: 'Your portal',
    s2: 'Whose account',
    s3: 'Get ready',
    s4: 'Your code',
    s5: 'What’s online',
    s6: 'Privacy',
    s7: 'Sign up',
  },
  loading: 'One moment',
  unavailable: {
    title: 'This kiosk can’t show the next step',
    body: 'Please see the front desk, or tap “I’m done” to start again.',
  },
  bar: {
    label: 'Help and session',
    help: 'Help',
    staffHelp: 'Get staff help',
    showKeyboard: 'Show keyboard',
    startOver: 'Start over',
    imDone: 'I’m done — erase my session',
  },
} as const
