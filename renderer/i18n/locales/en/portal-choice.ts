export const portalChoice = {
  title: 'Where do you get care?',
  intro: 'Your answer tells us which patient portal is yours.',
  /** Shown when the clinic offers more than one portal. */
  looksDifferent:
    'The sign-in and help pages of each portal look a bit different. They may still lead to the same records.',
  legend: 'Choose one',
  notSure: {
    label: 'I’m not sure',
    description: 'We’ll help you find out from your papers.',
  },
  pleaseChoose: 'Please choose one answer first.',
  continue: 'Continue',
  helper: {
    title: 'Which portal is yours?',
    intro:
      'Look at your visit papers, a bill, or your activation message. The message may have come by email, by text or on paper.',
    checkOrder:
      'Start with the top row. Choose the first name that appears on your papers: that is your portal.',
    caption: 'Which portal to choose for the name on your papers',
    papersSay: 'Your papers say',
    yourPortal: 'Your portal',
    quoted: '“{{name}}”',
    choose: 'Choose {{name}}',
    stillUnsure: 'Still not sure?',
    askOrCall: 'You can ask at the front desk, or call {{phone}}.',
    staff: 'Ask staff to look it up',
  },
} as const
