export const help = {
  title: 'Help',
  technical: {
    heading: 'Problems with the portal',
    body: 'For signing in, activation codes, passcodes, the app, or pages that don’t load, call the help line:',
    hours: 'Open {{hours}}.',
    noGuessing:
      'Don’t guess your password. After too many wrong tries, you may have to wait before you can get in.',
  },
  recovery: {
    heading: 'Forgot your username or password?',
    body: 'On the sign-in page, look for a link like “Help”, “Assistance” or “Account Recovery”. It walks you through getting back in. If that does not work, call the help line.',
  },
  someoneElse: {
    heading: 'Think someone else got into your account?',
    body: 'Change your password right away. Then call the help line and tell them what happened.',
  },
  medical: {
    heading: 'Questions about your health',
    body: 'The help line can’t give medical advice. For questions about your health, results or medicines, contact your care team.',
  },
  haveReady: {
    heading: 'Have this ready when you call',
    name: 'Your full legal name',
    birthDate: 'Your date of birth',
    contact: 'The email and phone number the clinic has for you',
    mayoNumber: 'Your Mayo Clinic number, if you have it',
    errorMessage: 'The exact error message you saw',
    device: 'The browser and device you used',
    whichPortal: 'Which portal you use (the name on your papers)',
    when: 'When it happened, and whether on the website or in the app',
  },
  features: 'What you can do online',
  /** Opens the sign-in tips for home. */
  signInTrouble: 'Trouble signing in at home',
  close: 'Back to where I was',
} as const
