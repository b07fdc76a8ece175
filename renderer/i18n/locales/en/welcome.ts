export const welcome = {
  title: 'Set up your patient portal account',
  intro: 'This kiosk walks you through finding the right patient portal and creating your account.',
  chooseLanguage: 'Choose your language',
  start: 'Start',
  sharedNotice:
    'This is a shared kiosk. Everything you enter is erased when you tap “I’m done”, or after a few minutes without activity.',
  languageHelp: 'Free language help is available. Ask the front desk.',
} as const
