export const privacyTips = {
  title: 'Keep your account safe',
  intro: 'Before you open the portal, a few tips:',
  tips: {
    password: {
      title: 'Use a strong password.',
      body: 'Make it long and use it only for this account, nowhere else.',
    },
    passcode: {
      title: 'Passcodes belong on the official screen.',
      body: 'Type a one-time passcode only on the portal’s own sign-in page.',
    },
    neverShare: {
      title: 'Never share your codes.',
      body: 'Don’t send your username, password or codes by text or email. Share them only with someone you have authorized to help with your care.',
    },
    officialOnly: {
      title: 'Use official pages only.',
      body: 'Type your health or personal details only on official Mayo Clinic pages and apps.',
    },
    imDone: {
      title: 'Sign out, then tap “I’ve finished on the portal”.',
      body: 'When you finish, sign out of the portal, then tap “I’ve finished on the portal”. That erases everything from this kiosk.',
    },
    apps: {
      title: 'Think before connecting other apps.',
      body: 'If you link another app to your health information, check that you trust it and what it may see. Once shared, that app’s own privacy rules apply.',
    },
    ownDevice: {
      title: 'At home, use your own device.',
      body: 'Keep its browser and system updated.',
    },
  },
  ownPhone: {
    body: 'Would you rather use your own phone? You can take the sign-up address with you and finish there.',
    button: 'Finish on my own phone instead',
  },
  /** Neutral while IT has not confirmed the address (`verify`); `continueOfficial` after. */
  continue: 'Open the portal',
  continueOfficial: 'Open the official portal',
} as const
