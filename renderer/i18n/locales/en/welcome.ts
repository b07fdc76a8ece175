export const welcome = {
  title: 'Set up your patient portal account',
  intro: 'This kiosk walks you through finding the right patient portal and creating your account.',
  chooseLanguage: 'Choose your language',
  start: 'Start',
  sharedNotice:
    'This kiosk is shared. All you type is erased when you tap “I’m done”. It is also erased if no one uses the kiosk for a few minutes.',
} as const
