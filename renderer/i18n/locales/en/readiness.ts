export const readiness = {
  title: 'Do you have what you need?',
  code: {
    legend: 'Do you have an activation code?',
    hint: 'It comes by email, by text message, or on a printout from the clinic. It looks like three groups of five letters and numbers.',
    yes: 'Yes, I have my code',
    no: 'No, or my code has expired',
    ifNo: 'That’s OK — the next screen shows other ways to get started.',
  },
  passcode: {
    legend: 'Do you have your phone or email with you?',
    hint: 'The portal sends a one-time passcode to check that it’s really you.',
    yes: 'Yes',
    no: 'Not right now',
    ifNo: 'You can still start. You’ll need your phone or email to finish; staff can help.',
  },
  mayoNumber: {
    legend: 'Do you know your Mayo Clinic number?',
    hint: 'It’s optional. You may find it on your visit papers or a bill.',
    yes: 'Yes',
    no: 'No, skip it',
    ifNo: 'No problem. You can go on without it.',
  },
  answerCode: 'Please answer the first question: do you have an activation code?',
  continue: 'Continue',
  noCode: {
    title: 'No code? You still have options',
    intro: 'Codes can expire or work only once. Here is what you can do:',
    selfSignup:
      'Sign up online without a code. The portal asks a few questions to check who you are.',
    selfSignupButton: 'Sign up without a code',
    staff: 'Ask staff at the front desk for a new activation code.',
    staffButton: 'Ask staff for a new code',
    phone: 'Call {{phone}} and ask for a new code.',
    /** Neutral while IT has not confirmed the address (`verify`); the `Confirmed` ones after. */
    officialPage: 'Open the {{portal}} page here and follow its steps.',
    officialPageButton: 'Open the portal page',
    officialPageConfirmed: 'Open the official {{portal}} page here and follow its steps.',
    officialPageButtonConfirmed: 'Open the official page',
  },
} as const
