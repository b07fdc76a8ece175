export const readiness = {
  title: 'Do you have what you need?',
  code: {
    legend: 'Do you have an activation code?',
    /** The shape is the portal's configured one, and only a likely one: never stated as fact. */
    hint: 'It comes by email, by text message, or on paper. An email may also have a link to the online form. The code often has {{groups}} groups of {{length}} letters and numbers.',
    yes: 'Yes, I have my code',
    no: 'No, or my code has expired',
    ifNo: 'That’s OK — the next screen shows other ways to get started.',
  },
  passcode: {
    legend: 'Do you have your phone or email with you?',
    hint: 'The portal sends a one-time passcode to check that it’s really you.',
    yes: 'Yes',
    no: 'Not right now',
    ifNo: 'You can still start. You’ll need your phone or email to finish.',
  },
  mayoNumber: {
    legend: 'Do you know your Mayo Clinic number?',
    hint: 'It’s optional. You give it only if you have it.',
    yes: 'Yes',
    no: 'No, skip it',
    ifNo: 'No problem. You can go on without it.',
  },
  answerCode: 'Please answer the first question: do you have an activation code?',
  continue: 'Continue',
  noCode: {
    title: 'No code? You still have options',
    intro: 'Without a code that works, you can still get started:',
    selfSignup:
      'Sign up online without a code. The portal asks a few questions to check who you are.',
    selfSignupButton: 'Sign up without a code',
    /** `ask` unless the clinic's configuration states what its front desk does. */
    staff: {
      ask: 'Ask at the front desk whether they can help you get a new activation code.',
      yes: 'The front desk here can give you a new activation code.',
      no: 'The front desk here does not give out activation codes. Try one of the other ways.',
    },
    staffButton: 'Ask staff for help',
    phone: 'Call {{phone}}. The help line helps with activation problems.',
    /** Shown when the portal has no self sign-up address. */
    maybeWithoutCode:
      'Some sign-up pages let you go on without a code. Look for that choice on the portal page.',
    /** Neutral while IT has not confirmed the address (`verify`); the `Confirmed` ones after. */
    officialPage: 'Open the {{portal}} page here and follow its steps.',
    officialPageButton: 'Open the portal page',
    officialPageConfirmed: 'Open the official {{portal}} page here and follow its steps.',
    officialPageButtonConfirmed: 'Open the official page',
  },
} as const
