export const help = {
  title: 'Help',
  technical: {
    heading: 'Problems with the portal',
    body: 'For signing in, activation codes, passcodes, the app, or pages that don’t load, call the help line:',
    hours: 'Open {{hours}}.',
    noGuessing:
      'Don’t guess your password: too many wrong tries can lock your account for a while.',
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
  close: 'Back to where I was',
} as const
