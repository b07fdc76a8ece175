/** Ending a session: the "are you sure?" questions and the done screen's countdown (issue 12). */
export const ending = {
  confirm: {
    startOver: {
      title: 'Start over from the first step?',
      body: 'Your answers and anything you typed will be erased. Your language and screen settings stay as they are.',
      keep: 'No, keep going',
      confirm: 'Yes, start over',
    },
    imDone: {
      title: 'Erase your session now?',
      body: 'Everything you entered on this kiosk will be erased, and the next person will start fresh.',
      keep: 'No, keep going',
      confirm: 'Yes, erase it',
    },
    leave: {
      title: 'Go back to the language screen?',
      body: 'This ends your visit. Your answers and screen settings are erased.',
      keep: 'No, stay here',
      confirm: 'Yes, go back',
    },
  },
  countdown: {
    // "one" and "other" plurals for i18next.
    text_one: 'This screen erases itself in {{count}} second.',
    text_other: 'This screen erases itself in {{count}} seconds.',
    announce_one: '{{count}} second left before this session is erased.',
    announce_other: '{{count}} seconds left before this session is erased.',
    moreTime: 'I need more time',
  },
} as const
