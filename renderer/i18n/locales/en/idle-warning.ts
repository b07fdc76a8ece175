/** The "are you still there?" warning before a session is erased. */
export const idleWarning = {
  title: 'Are you still there?',
  body: 'To keep your details private, the kiosk will soon erase all you typed and start over.',
  countdown_one: 'Erasing in {{count}} second',
  countdown_other: 'Erasing in {{count}} seconds',
  announce_one: '{{count}} second left before your session is erased.',
  announce_other: '{{count}} seconds left before your session is erased.',
  moreTime: 'I need more time',
  endNow: 'I’m done — erase now',
  extensionsLeft_one: 'You can ask for more time {{count}} more time.',
  extensionsLeft_other: 'You can ask for more time {{count}} more times.',
  noExtensions: 'You have used all the extra time. If you need help, please ask the front desk.',
} as const
